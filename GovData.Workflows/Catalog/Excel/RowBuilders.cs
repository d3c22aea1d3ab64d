using GovData.Domain.Resources;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>Turns the parsed cell values of a row (indexed like the sheet's column definitions) into a row record.</summary>
internal static class RowBuilders
{
    private static readonly Dictionary<string, int> ResourceIndex = IndexOf(CatalogSheets.ResourceColumns);
    private static readonly Dictionary<string, int> ItemIndex = IndexOf(CatalogSheets.ItemColumns);

    public static ResourceRow Resource(object?[] v, int row)
    {
        T? Get<T>(string field) => (T?)v[ResourceIndex[field]];
        return new ResourceRow
        {
            Row = row,
            Code = Get<string>(nameof(ResourceRow.Code))!,
            Name = Get<string>(nameof(ResourceRow.Name))!,
            CatalogClass = Get<CatalogClass>(nameof(ResourceRow.CatalogClass)),
            ClassCode = Get<string>(nameof(ResourceRow.ClassCode))!,
            Theme = Get<Theme?>(nameof(ResourceRow.Theme)),
            BaseResourceKind = Get<BaseResourceKind?>(nameof(ResourceRow.BaseResourceKind)),
            PriorityDomain = Get<PriorityDomain?>(nameof(ResourceRow.PriorityDomain)),
            ProviderCode = Get<string>(nameof(ResourceRow.ProviderCode))!,
            InternalUnit = Get<string>(nameof(ResourceRow.InternalUnit)),
            SourceSystem = Get<string>(nameof(ResourceRow.SourceSystem)),
            Summary = Get<string>(nameof(ResourceRow.Summary))!,
            Format = Get<ResourceFormat>(nameof(ResourceRow.Format)),
            RecordCount = Get<long?>(nameof(ResourceRow.RecordCount)),
            DataVolumeMB = Get<decimal?>(nameof(ResourceRow.DataVolumeMB)),
            ShareType = Get<ShareType>(nameof(ResourceRow.ShareType)),
            ShareCondition = Get<string>(nameof(ResourceRow.ShareCondition)),
            ShareMethod = Get<ShareMethod?>(nameof(ResourceRow.ShareMethod)),
            OpenType = Get<OpenType>(nameof(ResourceRow.OpenType)),
            OpenCondition = Get<string>(nameof(ResourceRow.OpenCondition)),
            LegalBasis = Get<string>(nameof(ResourceRow.LegalBasis)),
            UpdateCycle = Get<UpdateCycle>(nameof(ResourceRow.UpdateCycle)),
            LastDataUpdate = Get<DateOnly?>(nameof(ResourceRow.LastDataUpdate)),
            ReleaseDate = Get<DateOnly?>(nameof(ResourceRow.ReleaseDate)),
            RelatedCodes = Get<string[]>(nameof(ResourceRow.RelatedCodes)) ?? [],
        };
    }

    public static ItemRow Item(object?[] v, int row)
    {
        T? Get<T>(string field) => (T?)v[ItemIndex[field]];
        return new ItemRow
        {
            Row = row,
            ResourceCode = Get<string>(nameof(ItemRow.ResourceCode))!,
            Name = Get<string>(nameof(ItemRow.Name))!,
            EnglishName = Get<string>(nameof(ItemRow.EnglishName))!,
            DataType = Get<DataItemType>(nameof(ItemRow.DataType)),
            Length = Get<int?>(nameof(ItemRow.Length)),
            Description = Get<string>(nameof(ItemRow.Description)),
            IsBaseItem = Get<bool?>(nameof(ItemRow.IsBaseItem)) ?? false,
            ShareType = Get<ShareType>(nameof(ItemRow.ShareType)),
            ShareCondition = Get<string>(nameof(ItemRow.ShareCondition)),
            OpenType = Get<OpenType>(nameof(ItemRow.OpenType)),
            OpenCondition = Get<string>(nameof(ItemRow.OpenCondition)),
            LegalBasis = Get<string>(nameof(ItemRow.LegalBasis)),
        };
    }

    private static Dictionary<string, int> IndexOf<TRow>(IReadOnlyList<CatalogColumn<TRow>> columns) =>
        columns.Select((c, i) => (c.Field, i)).ToDictionary(x => x.Field, x => x.i, StringComparer.Ordinal);
}
