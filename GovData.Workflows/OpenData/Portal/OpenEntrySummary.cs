using GovData.Domain.Resources;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// A published entry as the public portal, DCAT and CKAN show it (decision 0006: no sharing class). <see cref="HasData"/>:
/// it is 无条件开放 and has a current release, so its open items can be downloaded.
/// </summary>
public sealed record OpenEntrySummary(
    int Id,
    string Code,
    string Name,
    string? Summary,
    int ProviderDepartmentId,
    string ProviderCode,
    string ProviderName,
    OpenType OpenType,
    Theme? Theme,
    PriorityDomain? PriorityDomain,
    CatalogClass CatalogClass,
    UpdateCycle UpdateCycle,
    DateOnly? LastDataUpdate,
    DateOnly? ReleaseDate,
    string? LegalBasis,
    string? OpenCondition,
    int CurrentVersion,
    long? RowCount,
    DateTime? ReleasedAtUtc)
{
    public bool HasData => OpenType == OpenType.Unconditional && RowCount is not null;

    /// <summary>CKAN's metadata_created: midnight of the release date, if any.</summary>
    public DateTime? CreatedUtc => OpenCatalogTimes.Created(ReleaseDate);

    /// <summary>CKAN's metadata_modified (<see cref="OpenCatalogTimes.Modified"/>).</summary>
    public DateTime? ModifiedUtc => OpenCatalogTimes.Modified(ReleasedAtUtc, LastDataUpdate, ReleaseDate);
}
