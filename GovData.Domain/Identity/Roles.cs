namespace GovData.Domain.Identity;

/// <summary>The eight roles of the product (see the domain README). Role names are stored as these constants.</summary>
public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string BureauOfficer = nameof(BureauOfficer);
    public const string DepartmentLead = nameof(DepartmentLead);
    public const string CatalogManager = nameof(CatalogManager);
    public const string Approver = nameof(Approver);
    public const string Requester = nameof(Requester);
    public const string SecurityOfficer = nameof(SecurityOfficer);
    public const string Applicant = nameof(Applicant);

    public static IReadOnlyList<string> All { get; } =
    [
        SystemAdmin, BureauOfficer, DepartmentLead, CatalogManager, Approver, Requester, SecurityOfficer, Applicant,
    ];

    /// <summary>Roles whose holders are staff of a department (every role but the public applicant).</summary>
    public static IReadOnlyList<string> Staff { get; } = [.. All.Where(r => r != Applicant)];

    /// <summary><see cref="Staff"/> as the comma-separated constant <c>[Authorize(Roles = ...)]</c> needs.</summary>
    public const string StaffList =
        SystemAdmin + "," + BureauOfficer + "," + DepartmentLead + "," + CatalogManager + ","
        + Approver + "," + Requester + "," + SecurityOfficer;
}
