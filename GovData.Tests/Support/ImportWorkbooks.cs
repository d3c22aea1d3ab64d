using GovData.Domain.Catalog;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Tests.Support;

/// <summary>Catalog workbooks for import tests, written by the real writer from entry contents.</summary>
public static class ImportWorkbooks
{
    public static byte[] Of(params CatalogEntryContent[] entries)
    {
        using var file = new MemoryStream();
        new CatalogWorkbookWriter().Write(file, entries.Select(Resource), entries.SelectMany(e => e.Items.Select(i => Item(e.Code, i))));
        return file.ToArray();
    }

    private static ResourceRow Resource(CatalogEntryContent c) => new()
    {
        Code = c.Code,
        Name = c.Name,
        CatalogClass = c.CatalogClass,
        ClassCode = c.ClassCode,
        Theme = c.Theme,
        BaseResourceKind = c.BaseResourceKind,
        PriorityDomain = c.PriorityDomain,
        ProviderCode = c.ProviderCode,
        InternalUnit = c.InternalUnit,
        SourceSystem = c.SourceSystem,
        Summary = c.Summary,
        Format = c.Format,
        RecordCount = c.RecordCount,
        DataVolumeMB = c.DataVolumeMB,
        ShareType = c.ShareType,
        ShareCondition = c.ShareCondition,
        ShareMethod = c.ShareMethod,
        OpenType = c.OpenType,
        OpenCondition = c.OpenCondition,
        LegalBasis = c.LegalBasis,
        UpdateCycle = c.UpdateCycle,
        LastDataUpdate = c.LastDataUpdate,
        ReleaseDate = c.ReleaseDate,
        RelatedCodes = c.RelatedCodes,
    };

    private static ItemRow Item(string code, CatalogItemContent i) => new()
    {
        ResourceCode = code,
        Name = i.Name,
        EnglishName = i.EnglishName,
        DataType = i.DataType,
        Length = i.Length,
        Description = i.Description,
        IsBaseItem = i.IsBaseItem,
        ShareType = i.ShareType,
        ShareCondition = i.ShareCondition,
        OpenType = i.OpenType,
        OpenCondition = i.OpenCondition,
        LegalBasis = i.LegalBasis,
    };
}
