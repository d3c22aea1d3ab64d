namespace GovData.Domain.Resources;

/// <summary>
/// Resource keys of the catalog rules (texts in GovData.Web/Localization/CatalogResource*.resx). Each key names the
/// field it is about, so a message can always say which field is wrong.
/// </summary>
public static class CatalogErrors
{
    public const string ClassCodeRequired = "Catalog.ClassCode.Required";
    public const string ClassCodeFormat = "Catalog.ClassCode.Format";
    public const string ClassCodeCategory = "Catalog.ClassCode.Category";
    public const string ClassCodeItem = "Catalog.ClassCode.Item";
    public const string ClassCodeGroup = "Catalog.ClassCode.Group";
    public const string ClassCodeDetail = "Catalog.ClassCode.Detail";
    public const string ClassCodeClassMismatch = "Catalog.ClassCode.ClassMismatch";

    public const string CodeRequired = "Catalog.Code.Required";
    public const string CodeFormat = "Catalog.Code.Format";
    public const string CodeClassPart = "Catalog.Code.ClassPart";
    public const string CodeProviderPart = "Catalog.Code.ProviderPart";
    public const string CodeSequencePart = "Catalog.Code.SequencePart";
    public const string CodeClassCodeMismatch = "Catalog.Code.ClassCodeMismatch";
    public const string CodeProviderMismatch = "Catalog.Code.ProviderMismatch";
    public const string CodeDuplicate = "Catalog.Code.Duplicate";

    public const string NameRequired = "Catalog.Name.Required";
    public const string NameTooLong = "Catalog.Name.TooLong";
    public const string ThemeRequired = "Catalog.Theme.Required";
    public const string BaseResourceKindRequired = "Catalog.BaseResourceKind.Required";
    public const string ProviderCodeRequired = "Catalog.ProviderCode.Required";
    public const string ProviderCodeNotOwn = "Catalog.ProviderCode.NotOwn";
    public const string SummaryRequired = "Catalog.Summary.Required";
    public const string SummaryTooLong = "Catalog.Summary.TooLong";
    public const string RecordCountNegative = "Catalog.RecordCount.Negative";
    public const string DataVolumeNegative = "Catalog.DataVolumeMB.Negative";
    public const string ShareConditionRequired = "Catalog.ShareCondition.Required";
    public const string ShareMethodRequired = "Catalog.ShareMethod.Required";
    public const string OpenConditionRequired = "Catalog.OpenCondition.Required";
    public const string LegalBasisRequired = "Catalog.LegalBasis.Required";
    public const string RelatedCodeInvalid = "Catalog.RelatedCodes.Invalid";
    public const string ItemsRequired = "Catalog.Items.Required";

    public const string ItemNameRequired = "Catalog.Item.Name.Required";
    public const string ItemNameTooLong = "Catalog.Item.Name.TooLong";
    public const string ItemNameDuplicate = "Catalog.Item.Name.Duplicate";
    public const string ItemEnglishNameRequired = "Catalog.Item.EnglishName.Required";
    public const string ItemEnglishNameFormat = "Catalog.Item.EnglishName.Format";
    public const string ItemLengthNotPositive = "Catalog.Item.Length.NotPositive";
    public const string ItemShareConditionRequired = "Catalog.Item.ShareCondition.Required";
    public const string ItemOpenConditionRequired = "Catalog.Item.OpenCondition.Required";
    public const string ItemLegalBasisRequired = "Catalog.Item.LegalBasis.Required";
    public const string ItemBaseMustBeUnconditional = "Catalog.Item.ShareType.BaseItemUnconditional";

    public const string RulesBroken = "Catalog.RulesBroken";
    public const string NotPublished = "Catalog.Entry.NotPublished";
    public const string AlreadyRetired = "Catalog.Entry.AlreadyRetired";
    public const string NotFound = "Catalog.Entry.NotFound";
    public const string NotAllowed = "Catalog.NotAllowed";
    public const string DraftNotEditable = "Catalog.Draft.NotEditable";
    public const string DraftOpenElsewhere = "Catalog.Draft.AlreadyOpen";
    public const string DraftInReview = "Catalog.Draft.InReview";
    public const string ReturnCommentRequired = "Catalog.Review.CommentRequired";
}
