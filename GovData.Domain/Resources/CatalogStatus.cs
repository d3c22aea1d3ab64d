namespace GovData.Domain.Resources;

/// <summary>Where a catalog entry stands: only Published entries are visible outside the providing department.</summary>
public enum CatalogStatus
{
    Draft = 1,
    Published = 2,
    Retired = 3,
}
