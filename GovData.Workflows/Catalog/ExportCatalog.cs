using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>Which catalog to export (issue #4, Excel → Export).</summary>
public enum CatalogExportScope
{
    /// <summary>The caller's own department's published entries (live content; drafts are not the live catalog).</summary>
    Department = 1,

    /// <summary>Every published entry with its sharing attributes (staff only).</summary>
    Sharing = 2,

    /// <summary>Published entries (and items) that are open (Unconditional or OnApplication); sharing columns empty.</summary>
    Open = 3,
}

/// <summary>What an export produced: the file name to offer, or a CatalogResource key when refused.</summary>
public sealed record CatalogExportResult(bool Succeeded, string? ErrorKey, string FileName, int ResourceCount, int ItemCount)
{
    public static CatalogExportResult Refused(string key) => new(false, key, string.Empty, 0, 0);
}

/// <summary>
/// Writes one of the three catalogs as the import workbook format. Only published live content is exported (a Draft
/// entry and the open draft of a published entry never appear: drafts live in CatalogDraft, decision 0011); retired
/// entries and retired items are left out. Rows are streamed from an untracked query straight into the writer.
/// </summary>
public sealed class ExportCatalog(IDbContextFactory<GovDataDbContext> contextFactory, CatalogWorkbookWriter writer, TimeProvider time)
{
    public const string NeedsDepartmentKey = "Catalog.Export.NeedsDepartment";
    public const string NotAllowedKey = "Catalog.Export.NotAllowed";

    /// <summary>The sharing columns, left empty in the open catalog (the public does not see sharing classes, 0006).</summary>
    public static IReadOnlySet<string> SharingFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(ResourceRow.ShareType),
        nameof(ResourceRow.ShareCondition),
        nameof(ResourceRow.ShareMethod),
    };

    /// <summary>Who may export <paramref name="scope"/>: department → staff with a department; sharing → staff; open → anyone.</summary>
    public static string? RefusalFor(UserContext user, CatalogExportScope scope) => scope switch
    {
        CatalogExportScope.Department when !CatalogVisibility.IsStaff(user) => NotAllowedKey,
        CatalogExportScope.Department when user.DepartmentId is null => NeedsDepartmentKey,
        CatalogExportScope.Sharing when !CatalogVisibility.IsStaff(user) => NotAllowedKey,
        _ => null,
    };

    /// <remarks>
    /// The writer is synchronous (OpenXmlWriter), so the rows are read with a synchronous streaming query on a pool
    /// thread; Microsoft.Data.Sqlite's async reads are synchronous anyway. <paramref name="output"/> must be seekable
    /// (the OpenXml package needs it): the endpoints write to a temporary file.
    /// </remarks>
    public async Task<CatalogExportResult> ExecuteAsync(UserContext user, CatalogExportScope scope, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(output);
        if (RefusalFor(user, scope) is { } refusal)
        {
            return CatalogExportResult.Refused(refusal);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        string? departmentCode = null;
        if (scope == CatalogExportScope.Department)
        {
            departmentCode = await db.Departments.Where(d => d.Id == user.DepartmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        }

        var resources = Resources(db, user, scope);
        var items = db.DataItems.AsNoTracking()
            .Where(i => !i.IsRetired)
            .Join(resources, i => i.DataResourceId, r => r.Id, (i, r) => new { Item = i, r.Code });
        var resourceCount = 0;
        var itemCount = 0;
        var resourceRows = resources.OrderBy(r => r.Code).AsEnumerable().Select(r =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            resourceCount++;
            return ToRow(r, scope);
        });
        var itemRows = items.OrderBy(x => x.Code).ThenBy(x => x.Item.Position).AsEnumerable().Select(x =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            itemCount++;
            return ToRow(x.Item, x.Code, scope);
        });

        await Task.Run(() => writer.Write(output, resourceRows, itemRows, scope == CatalogExportScope.Open ? SharingFields : null), cancellationToken);
        return new CatalogExportResult(true, null, FileName(scope, departmentCode, ChinaTime.Today(time)), resourceCount, itemCount);
    }

    public static string FileName(CatalogExportScope scope, string? departmentCode, DateOnly today)
    {
        var date = today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        return scope switch
        {
            CatalogExportScope.Department => $"政务数据资源目录-{departmentCode}-{date}.xlsx",
            CatalogExportScope.Sharing => $"政务数据共享目录-{date}.xlsx",
            _ => $"公共数据开放目录-{date}.xlsx",
        };
    }

    private static IQueryable<DataResource> Resources(GovDataDbContext db, UserContext user, CatalogExportScope scope)
    {
        var published = db.DataResources.AsNoTracking().Where(r => r.Status == CatalogStatus.Published);
        return scope switch
        {
            CatalogExportScope.Department => published.Where(r => r.ProviderDepartmentId == user.DepartmentId),
            _ => published,
        };
    }

    private static ResourceRow ToRow(DataResource r, CatalogExportScope scope) => new()
    {
        Code = r.Code.Value,
        Name = r.Name,
        CatalogClass = r.CatalogClass,
        ClassCode = r.ClassCode.Value,
        Theme = r.Theme,
        BaseResourceKind = r.BaseResourceKind,
        PriorityDomain = r.PriorityDomain,
        ProviderCode = r.Code.ProviderCode,
        InternalUnit = r.InternalUnit,
        SourceSystem = r.SourceSystem,
        Summary = r.Summary ?? string.Empty,
        Format = r.Format,
        RecordCount = r.RecordCount,
        DataVolumeMB = r.DataVolumeMB,
        ShareType = r.ShareType,
        ShareCondition = scope == CatalogExportScope.Open ? null : r.ShareCondition,
        ShareMethod = scope == CatalogExportScope.Open ? null : r.ShareMethod,
        OpenType = r.OpenType,
        OpenCondition = r.OpenCondition,
        LegalBasis = r.LegalBasis,
        UpdateCycle = r.UpdateCycle,
        LastDataUpdate = r.LastDataUpdate,
        ReleaseDate = r.ReleaseDate,
        RelatedCodes = r.RelatedCodes,
    };

    private static ItemRow ToRow(DataItem i, ResourceCode code, CatalogExportScope scope) => new()
    {
        ResourceCode = code.Value,
        Name = i.Name,
        EnglishName = i.EnglishName,
        DataType = i.DataType,
        Length = i.Length,
        Description = i.Description,
        IsBaseItem = i.IsBaseItem,
        ShareType = i.ShareType,
        ShareCondition = scope == CatalogExportScope.Open ? null : i.ShareCondition,
        OpenType = i.OpenType,
        OpenCondition = i.OpenCondition,
        LegalBasis = i.LegalBasis,
    };
}
