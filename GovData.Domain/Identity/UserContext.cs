namespace GovData.Domain.Identity;

/// <summary>
/// Who is acting: passed into every use case so scoping is decided there, not only in the UI.
/// </summary>
/// <param name="SupervisedDepartmentIds">Set only for a district data bureau: the departments it supervises
/// (<see cref="Departments.BureauSupervision"/>: itself and its district's departments). Null for everyone else,
/// the municipal bureau included (it supervises the whole city).</param>
public sealed record UserContext(
    string UserId,
    string UserName,
    int? DepartmentId,
    bool DepartmentIsDataBureau,
    IReadOnlySet<string> Roles,
    IReadOnlySet<int>? SupervisedDepartmentIds = null)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>
    /// The system administrator and the municipal bureau's officers see across departments (the bureau is a
    /// department too); a district bureau's officers see their district only (<see cref="SupervisesDepartment"/>).
    /// </summary>
    public bool SeesAllDepartments =>
        IsInRole(Identity.Roles.SystemAdmin)
        || (DepartmentIsDataBureau && IsInRole(Identity.Roles.BureauOfficer) && SupervisedDepartmentIds is null);

    /// <summary>An officer of a district data bureau: sees the non-public data of <see cref="SupervisedDepartmentIds"/> only.</summary>
    public bool IsDistrictBureauOfficer =>
        DepartmentIsDataBureau && IsInRole(Identity.Roles.BureauOfficer) && SupervisedDepartmentIds is not null;

    /// <summary>Whether this user sees the department's non-public data as its supervisor (all of them, or a district's).</summary>
    public bool SupervisesDepartment(int? departmentId) =>
        SeesAllDepartments || (IsDistrictBureauOfficer && departmentId is { } id && SupervisedDepartmentIds!.Contains(id));

    public static UserContext Anonymous { get; } =
        new(string.Empty, string.Empty, null, false, new HashSet<string>());

    public bool IsAuthenticated => UserId.Length > 0;
}
