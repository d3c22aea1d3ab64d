namespace GovData.Domain.Departments;

/// <summary>
/// The data bureau responsible for a department (Art. 5): the district bureau for a district-level department whose
/// parent is that district's bureau, the municipal bureau (the bureau of the highest level) otherwise.
/// </summary>
public static class ResponsibleBureau
{
    /// <summary>The responsible bureau's id, or null when no data bureau exists.</summary>
    public static int? Of(Department department, IReadOnlyCollection<Department> bureaus)
    {
        ArgumentNullException.ThrowIfNull(department);
        ArgumentNullException.ThrowIfNull(bureaus);
        // The district rule is BureauSupervision's, written once.
        if (bureaus.FirstOrDefault(b => b.IsDataBureau && BureauSupervision.IsDistrictDepartmentOf(b.Id, department)) is { } district)
        {
            return district.Id;
        }

        return bureaus.Where(b => b.IsDataBureau).OrderBy(b => b.Level).ThenBy(b => b.Id).Select(b => (int?)b.Id).FirstOrDefault();
    }
}
