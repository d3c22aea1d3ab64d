using GovData.Domain.Resources;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// A published entry as a DCAT page lists it: exactly the fields the JSON-LD writes (decision 0037). The publisher's
/// code and name are not repeated on each row; <see cref="DcatPageReader.ProviderAsync"/> gives them by department.
/// <see cref="HasData"/>: it is 无条件开放 and has a release, so its open items can be downloaded.
/// </summary>
public sealed record DcatDataset(
    int Id,
    string Code,
    string Name,
    string? Summary,
    int ProviderDepartmentId,
    OpenType OpenType,
    Theme? Theme,
    PriorityDomain? PriorityDomain,
    CatalogClass CatalogClass,
    UpdateCycle UpdateCycle,
    DateOnly? LastDataUpdate,
    DateOnly? ReleaseDate,
    string? LegalBasis,
    bool HasRelease)
{
    public bool HasData => OpenType == OpenType.Unconditional && HasRelease;
}

/// <summary>A department as the publisher of a dataset.</summary>
public sealed record DcatPublisher(string Code, string Name);
