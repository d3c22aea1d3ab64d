namespace GovData.Domain.Disputes;

/// <summary>Resource keys (DisputeResource) of the dispute rules; arguments fill their placeholders.</summary>
public static class DisputeErrors
{
    public const string NotAllowed = "Dispute.Error.NotAllowed";
    public const string NotFound = "Dispute.Error.NotFound";
    public const string ClaimRequired = "Dispute.Error.ClaimRequired";
    public const string TextTooLong = "Dispute.Error.ClaimTooLong";
    public const string RequestNotFound = "Dispute.Error.RequestNotFound";
    public const string ResourceNotFound = "Dispute.Error.ResourceNotFound";
    public const string NotRefused = "Dispute.Error.NotRefused";
    public const string NotOverdue = "Dispute.Error.NotOverdue";
    public const string RequestNotOpen = "Dispute.Error.RequestNotOpen";
    public const string ShareTypeNotContestable = "Dispute.Error.ShareTypeNotContestable";
    public const string NotAParty = "Dispute.Error.NotAParty";
    public const string AlreadyOpen = "Dispute.Error.AlreadyOpen";
    public const string NotCoordinating = "Dispute.Error.NotCoordinating";
    public const string StatementGiven = "Dispute.Error.StatementGiven";
    public const string StatementRequired = "Dispute.Error.StatementRequired";
    public const string MeetingIncomplete = "Dispute.Error.MeetingIncomplete";
    public const string MeetingInFuture = "Dispute.Error.MeetingInFuture";
    public const string ReasonRequired = "Dispute.Error.ReasonRequired";
    public const string AlreadyExtended = "Dispute.Error.AlreadyExtended";
    public const string ItemsRequired = "Dispute.Error.ItemsRequired";
    public const string ItemNotOfResource = "Dispute.Error.ItemNotOfResource";
    public const string ItemNotRequested = "Dispute.Error.ItemNotRequested";
    public const string PurposeRequired = "Dispute.Error.PurposeRequired";
    public const string PartlyNeedsFewerItems = "Dispute.Error.PartlyNeedsFewerItems";
    public const string WrongBureau = "Dispute.Error.WrongBureau";
    public const string AttachmentTooLarge = "Dispute.Error.AttachmentTooLarge";
    public const string AttachmentTooMany = "Dispute.Error.AttachmentTooMany";
    public const string AttachmentType = "Dispute.Error.AttachmentType";
    public const string AttachmentEmpty = "Dispute.Error.AttachmentEmpty";
}
