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

    /// <summary>
    /// The same rule over the administration's tree nodes, for a department of <paramref name="level"/> placed under
    /// <paramref name="parentId"/> (its current parent, or the one a move would give it): the list and the move
    /// preview show exactly the bureau the processes will route to.
    /// </summary>
    public static DepartmentNode? Of(DepartmentLevel level, int? parentId, IReadOnlyCollection<DepartmentNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var bureaus = nodes.Where(n => n.Kind == DepartmentKind.DataBureau).ToList();
        return bureaus.FirstOrDefault(b => BureauSupervision.IsDistrictDepartmentOf(b.Id, level, parentId))
            ?? bureaus.OrderBy(b => b.Level).ThenBy(b => b.Id).FirstOrDefault();
    }
}
