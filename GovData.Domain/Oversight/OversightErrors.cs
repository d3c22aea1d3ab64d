namespace GovData.Domain.Oversight;

/// <summary>Resource keys of the oversight rules (texts in OversightResource, zh-CN and en).</summary>
public static class OversightErrors
{
    public const string ReasonRequired = "Oversight.Error.ReasonRequired";
    public const string ProposalNotOpen = "Oversight.Error.ProposalNotOpen";
    public const string FactsRequired = "Oversight.Error.FactsRequired";
    public const string DeadlineInvalid = "Oversight.Error.DeadlineInvalid";
    public const string ViolationUnknown = "Oversight.Error.ViolationUnknown";
    public const string EvidenceUnknown = "Oversight.Error.EvidenceUnknown";
    public const string ReportRequired = "Oversight.Error.ReportRequired";
    public const string CriticismNotDraft = "Oversight.Error.CriticismNotDraft";
    public const string CriticismNotPublished = "Oversight.Error.CriticismNotPublished";
    public const string TextRequired = "Oversight.Error.TextRequired";
    public const string NotFound = "Oversight.Error.NotFound";
    public const string NotAllowed = "Oversight.Error.NotAllowed";
    public const string Conflict = "Oversight.Error.Conflict";
    public const string ReferralIncomplete = "Oversight.Error.ReferralIncomplete";
}
