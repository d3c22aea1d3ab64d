using GovData.Domain.Departments;

namespace GovData.Domain.Catalog;

/// <summary>
/// Which data bureau may decide on a department's catalog entry (decision 0015, Art. 5 and 12): the municipal bureau
/// compiles and reviews the city-wide catalog, so it decides on every entry; a district bureau supervises its own
/// district only, so it decides on entries of district-level departments placed under it (<see cref="Department.ParentId"/>)
/// and never on a municipal department's entry.
/// </summary>
public static class CatalogReviewBureau
{
    /// <summary>Resource key (CatalogResource): {0} = the bureau, {1} = the providing department.</summary>
    public const string WrongBureau = "Catalog.Review.WrongBureau";

    public static bool MayReview(Department bureau, Department provider)
    {
        ArgumentNullException.ThrowIfNull(bureau);
        ArgumentNullException.ThrowIfNull(provider);
        if (!bureau.IsDataBureau)
        {
            return false;
        }

        return bureau.Level == DepartmentLevel.Municipal || BureauSupervision.IsDistrictDepartmentOf(bureau.Id, provider);
    }
}
