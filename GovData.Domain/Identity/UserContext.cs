namespace GovData.Domain.Identity;

/// <summary>
/// Who is acting: passed into every use case so scoping is decided there, not only in the UI.
/// </summary>
public sealed record UserContext(
    string UserId,
    string UserName,
    int? DepartmentId,
    bool DepartmentIsDataBureau,
    IReadOnlySet<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Bureau roles see across departments (the bureau is a department too).</summary>
    public bool SeesAllDepartments =>
        IsInRole(Identity.Roles.SystemAdmin) || (DepartmentIsDataBureau && IsInRole(Identity.Roles.BureauOfficer));

    public static UserContext Anonymous { get; } =
        new(string.Empty, string.Empty, null, false, new HashSet<string>());

    public bool IsAuthenticated => UserId.Length > 0;
}
