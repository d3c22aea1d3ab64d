using GovData.Domain.Catalog;
using GovData.Domain.Resources;
using GovData.Tests.Support;

namespace GovData.Tests.Domain.Catalog;

public sealed class CatalogDiffTests
{
    private static readonly CatalogEntryContent Before = TestCatalog.Content("3.01.001/GA-0001", "机动车登记信息", ShareType.Conditional, OpenType.NotOpen) with
    {
        Items =
        [
            new CatalogItemContent { Name = "号牌号码", EnglishName = "Plate number", Length = 15, ShareType = ShareType.Conditional, ShareCondition = "履职", OpenType = OpenType.NotOpen, LegalBasis = TestCatalog.Basis },
            new CatalogItemContent { Name = "所有人", EnglishName = "Owner", Length = 100, ShareType = ShareType.Conditional, ShareCondition = "履职", OpenType = OpenType.NotOpen, LegalBasis = TestCatalog.Basis },
        ],
    };

    [Fact]
    public void Between_SameContent_IsEmpty()
    {
        Assert.True(CatalogDiff.Between(Before, Before with { }).IsEmpty);
    }

    [Fact]
    public void Between_ListsChangedFields_WithOldAndNewValues()
    {
        var after = Before with { Name = "机动车登记信息（全量）", ShareType = ShareType.NotShared, ShareMethod = null, LastDataUpdate = new DateOnly(2026, 2, 1) };

        var diff = CatalogDiff.Between(Before, after);

        Assert.Equal(
            [
                new FieldChange("Name", "机动车登记信息", "机动车登记信息（全量）"),
                new FieldChange("ShareType", "Conditional", "NotShared"),
                new FieldChange("ShareMethod", "Interface", null),
                new FieldChange("LastDataUpdate", "2026-01-01", "2026-02-01"),
            ],
            diff.Fields);
        Assert.Empty(diff.ItemsAdded);
        Assert.Empty(diff.ItemsRemoved);
    }

    [Fact]
    public void Between_ItemsMatchedByName_AddedRemovedAndChanged()
    {
        var after = Before with
        {
            Items = [Before.Items[0] with { Length = 20 }, new CatalogItemContent { Name = "车辆类型", EnglishName = "Vehicle type" }],
        };

        var diff = CatalogDiff.Between(Before, after);

        Assert.Empty(diff.Fields);
        Assert.Equal(["车辆类型"], diff.ItemsAdded);
        Assert.Equal(["所有人"], diff.ItemsRemoved);
        var changed = Assert.Single(diff.ItemsChanged);
        Assert.Equal("号牌号码", changed.Name);
        Assert.Equal([new FieldChange("Length", "15", "20")], changed.Changes);
    }

    [Fact]
    public void Between_NothingBefore_ShowsEveryFilledFieldAndItemAsNew()
    {
        var diff = CatalogDiff.Between(null, Before);

        Assert.All(diff.Fields, f => Assert.Null(f.Before));
        Assert.Contains(diff.Fields, f => f.Field == "CatalogClass" && f.After == "Department");
        Assert.DoesNotContain(diff.Fields, f => f.Field == "Theme");
        Assert.Equal(["号牌号码", "所有人"], diff.ItemsAdded);
    }

    [Fact]
    public void ContentJson_RoundTrips()
    {
        var json = CatalogContentJson.Write(Before with { RelatedCodes = ["1.01.001/GA-0002"], DataVolumeMB = 12.5m });

        var back = CatalogContentJson.Read(json);

        Assert.True(CatalogDiff.Between(Before with { RelatedCodes = ["1.01.001/GA-0002"], DataVolumeMB = 12.5m }, back).IsEmpty);
        Assert.Contains("\"ShareType\":\"Conditional\"", json, StringComparison.Ordinal);
    }
}
