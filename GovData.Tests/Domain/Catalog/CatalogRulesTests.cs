using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;

namespace GovData.Tests.Domain.Catalog;

public sealed class CatalogRulesTests
{
    private static readonly CatalogEntryContent Valid = TestCatalog.Content("3.01.001/GA-0001", "机动车登记信息", ShareType.Conditional, OpenType.OnApplication);

    private static CatalogItemContent Item => Valid.Items[0];

    [Fact]
    public void Validate_ValidEntry_HasNoViolations()
    {
        Assert.Empty(CatalogRules.Validate(Valid));
    }

    [Fact]
    public void Validate_DemoEntries_AllPass()
    {
        var today = new DateOnly(2026, 1, 5);
        Assert.All(GovData.Workflows.Seeding.DemoResources.All, r => Assert.Empty(CatalogRules.Validate(GovData.Workflows.Seeding.DemoResources.Content(r, today))));
    }

    [Theory]
    [InlineData("", CatalogErrors.CodeRequired)]
    [InlineData("3.01.001/GA-1", CatalogErrors.CodeSequencePart)]
    [InlineData("3.01.002/GA-0001", CatalogErrors.CodeClassCodeMismatch)]
    [InlineData("3.01.001/RS-0001", CatalogErrors.CodeProviderMismatch)]
    public void Validate_BadCode_NamesTheCodeField(string code, string key) =>
        AssertOnly(Valid with { Code = code }, nameof(CatalogEntryContent.Code), key);

    [Fact]
    public void Validate_CodeTakenElsewhere_IsADuplicate() =>
        AssertOnly(Valid, new CatalogRuleContext(CodeTaken: true), nameof(CatalogEntryContent.Code), CatalogErrors.CodeDuplicate);

    [Fact]
    public void Validate_ClassCodeOfAnotherClass_IsAMismatch() =>
        AssertViolation(Valid with { CatalogClass = CatalogClass.Theme, Theme = Theme.Health }, nameof(CatalogEntryContent.ClassCode), CatalogErrors.ClassCodeClassMismatch);

    [Fact]
    public void Validate_BadClassCode_NamesTheClassCodeField() =>
        AssertViolation(Valid with { ClassCode = "3.1.001" }, nameof(CatalogEntryContent.ClassCode), CatalogErrors.ClassCodeItem);

    [Fact]
    public void Validate_MissingName_IsRequired() =>
        AssertOnly(Valid with { Name = " " }, nameof(CatalogEntryContent.Name), CatalogErrors.NameRequired);

    [Fact]
    public void Validate_LongName_IsTooLong() =>
        AssertOnly(Valid with { Name = new string('名', 201) }, nameof(CatalogEntryContent.Name), CatalogErrors.NameTooLong);

    [Fact]
    public void Validate_ThemeClassWithoutTheme_NeedsTheme()
    {
        var theme = TestCatalog.Content("2.01.001/GA-0001") with { Theme = null };
        AssertOnly(theme, nameof(CatalogEntryContent.Theme), CatalogErrors.ThemeRequired);
    }

    [Fact]
    public void Validate_BaseClassWithoutKind_NeedsBaseResourceKind()
    {
        var baseEntry = TestCatalog.Content("1.01.001/GA-0001") with { BaseResourceKind = null };
        AssertOnly(baseEntry, nameof(CatalogEntryContent.BaseResourceKind), CatalogErrors.BaseResourceKindRequired);
    }

    [Fact]
    public void Validate_MissingProviderCode_IsRequired() =>
        AssertOnly(Valid with { ProviderCode = "" }, nameof(CatalogEntryContent.ProviderCode), CatalogErrors.ProviderCodeRequired);

    [Fact]
    public void Validate_ProviderOtherThanTheUsersDepartment_IsRefused() =>
        AssertOnly(Valid, new CatalogRuleContext(OwnDepartmentCode: "RS"), nameof(CatalogEntryContent.ProviderCode), CatalogErrors.ProviderCodeNotOwn);

    [Fact]
    public void Validate_MissingSummary_IsRequired() =>
        AssertOnly(Valid with { Summary = "" }, nameof(CatalogEntryContent.Summary), CatalogErrors.SummaryRequired);

    [Fact]
    public void Validate_LongSummary_IsTooLong() =>
        AssertOnly(Valid with { Summary = new string('摘', 2001) }, nameof(CatalogEntryContent.Summary), CatalogErrors.SummaryTooLong);

    [Fact]
    public void Validate_NegativeRecordCount_IsRefused() =>
        AssertOnly(Valid with { RecordCount = -1 }, nameof(CatalogEntryContent.RecordCount), CatalogErrors.RecordCountNegative);

    [Fact]
    public void Validate_NegativeDataVolume_IsRefused() =>
        AssertOnly(Valid with { DataVolumeMB = -0.5m }, nameof(CatalogEntryContent.DataVolumeMB), CatalogErrors.DataVolumeNegative);

    [Fact]
    public void Validate_ConditionalShareWithoutCondition_NeedsShareCondition() =>
        AssertOnly(Valid with { ShareCondition = null }, nameof(CatalogEntryContent.ShareCondition), CatalogErrors.ShareConditionRequired);

    [Fact]
    public void Validate_SharedWithoutMethod_NeedsShareMethod() =>
        AssertOnly(Valid with { ShareMethod = null }, nameof(CatalogEntryContent.ShareMethod), CatalogErrors.ShareMethodRequired);

    [Fact]
    public void Validate_NotSharedWithoutMethod_IsFine() =>
        Assert.Empty(CatalogRules.Validate(TestCatalog.Content("3.01.001/GA-0001", share: ShareType.NotShared)));

    [Fact]
    public void Validate_OnApplicationWithoutCondition_NeedsOpenCondition() =>
        AssertOnly(Valid with { OpenCondition = "" }, nameof(CatalogEntryContent.OpenCondition), CatalogErrors.OpenConditionRequired);

    [Theory]
    [InlineData(ShareType.Conditional, OpenType.Unconditional)]
    [InlineData(ShareType.NotShared, OpenType.Unconditional)]
    [InlineData(ShareType.Unconditional, OpenType.OnApplication)]
    [InlineData(ShareType.Unconditional, OpenType.NotOpen)]
    public void Validate_RestrictiveTypeWithoutBasis_NeedsLegalBasis(ShareType share, OpenType open)
    {
        var content = TestCatalog.Content("3.01.001/GA-0001", share: share, open: open) with { LegalBasis = null };
        AssertOnly(content, nameof(CatalogEntryContent.LegalBasis), CatalogErrors.LegalBasisRequired);
    }

    [Fact]
    public void Validate_UnrestrictedWithoutBasis_IsFine() =>
        Assert.Empty(CatalogRules.Validate(TestCatalog.Content("3.01.001/GA-0001") with { LegalBasis = null }));

    [Fact]
    public void Validate_BadRelatedCode_IsNamed() =>
        AssertOnly(Valid with { RelatedCodes = ["1.01.001/GA-0002", "GA-3"] }, nameof(CatalogEntryContent.RelatedCodes), CatalogErrors.RelatedCodeInvalid);

    [Fact]
    public void Validate_NoItems_NeedsAtLeastOne() =>
        AssertOnly(Valid with { Items = [] }, nameof(CatalogEntryContent.Items), CatalogErrors.ItemsRequired);

    [Fact]
    public void Validate_ItemWithoutName_IsRequired() =>
        AssertItem(Item with { Name = "" }, nameof(CatalogItemContent.Name), CatalogErrors.ItemNameRequired);

    [Fact]
    public void Validate_LongItemName_IsTooLong() =>
        AssertItem(Item with { Name = new string('项', 101) }, nameof(CatalogItemContent.Name), CatalogErrors.ItemNameTooLong);

    [Fact]
    public void Validate_TwoItemsWithOneName_IsADuplicate()
    {
        var violation = Assert.Single(CatalogRules.Validate(Valid with { Items = [Item, Item with { EnglishName = "Other" }] }));
        Assert.Equal((nameof(CatalogItemContent.Name), CatalogErrors.ItemNameDuplicate, 1), (violation.Field, violation.ErrorKey, violation.ItemIndex!.Value));
    }

    [Fact]
    public void Validate_ItemWithoutEnglishName_IsRequired() =>
        AssertItem(Item with { EnglishName = "" }, nameof(CatalogItemContent.EnglishName), CatalogErrors.ItemEnglishNameRequired);

    [Fact]
    public void Validate_ItemEnglishNameNotIdentifierLike_IsRefused() =>
        AssertItem(Item with { EnglishName = "姓名" }, nameof(CatalogItemContent.EnglishName), CatalogErrors.ItemEnglishNameFormat);

    [Fact]
    public void Validate_ItemLengthZero_IsRefused() =>
        AssertItem(Item with { Length = 0 }, nameof(CatalogItemContent.Length), CatalogErrors.ItemLengthNotPositive);

    [Fact]
    public void Validate_ConditionalItemWithoutCondition_NeedsShareCondition() =>
        AssertItem(Item with { ShareCondition = null }, nameof(CatalogItemContent.ShareCondition), CatalogErrors.ItemShareConditionRequired);

    [Fact]
    public void Validate_OnApplicationItemWithoutCondition_NeedsOpenCondition() =>
        AssertItem(Item with { OpenCondition = null }, nameof(CatalogItemContent.OpenCondition), CatalogErrors.ItemOpenConditionRequired);

    [Fact]
    public void Validate_RestrictedItemWithoutBasis_NeedsLegalBasis() =>
        AssertItem(Item with { LegalBasis = " " }, nameof(CatalogItemContent.LegalBasis), CatalogErrors.ItemLegalBasisRequired);

    [Fact]
    public void Validate_BaseItemOfBaseResource_MustBeSharedUnconditionally()
    {
        var baseEntry = TestCatalog.Content("1.01.001/GA-0001", share: ShareType.Conditional, open: OpenType.NotOpen);
        var content = baseEntry with { Items = [baseEntry.Items[0] with { IsBaseItem = true }] };
        var violation = Assert.Single(CatalogRules.Validate(content));
        Assert.Equal((nameof(CatalogItemContent.ShareType), CatalogErrors.ItemBaseMustBeUnconditional, 0), (violation.Field, violation.ErrorKey, violation.ItemIndex!.Value));
    }

    [Fact]
    public void Validate_BaseItemOfDepartmentResource_MayBeConditional() =>
        Assert.Empty(CatalogRules.Validate(Valid with { Items = [Item with { IsBaseItem = true }] }));

    [Fact]
    public void ErrorKeys_NameTheirField()
    {
        foreach (var violation in new[]
        {
            CatalogRules.Validate(Valid with { ShareCondition = null }).Single(),
            CatalogRules.Validate(Valid with { Items = [Item with { LegalBasis = null }] }).Single(),
        })
        {
            Assert.Contains($".{violation.Field}.", violation.ErrorKey, StringComparison.Ordinal);
        }
    }

    private static void AssertOnly(CatalogEntryContent content, string field, string key) => AssertOnly(content, null, field, key);

    private static void AssertOnly(CatalogEntryContent content, CatalogRuleContext? context, string field, string key)
    {
        var violation = Assert.Single(CatalogRules.Validate(content, context));
        Assert.Equal((field, key), (violation.Field, violation.ErrorKey));
        Assert.Null(violation.ItemIndex);
    }

    private static void AssertViolation(CatalogEntryContent content, string field, string key) =>
        Assert.Contains(CatalogRules.Validate(content), v => v.Field == field && v.ErrorKey == key);

    private static void AssertItem(CatalogItemContent item, string field, string key)
    {
        var violation = Assert.Single(CatalogRules.Validate(Valid with { Items = [item] }));
        Assert.Equal((field, key, 0), (violation.Field, violation.ErrorKey, violation.ItemIndex!.Value));
    }
}
