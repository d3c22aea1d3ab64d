using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// The catalog: a department's own entries (every status) for its staff, the whole city catalog (with a department filter)
/// for the bureau. Scoping is done by <see cref="ListDataResources"/>.
/// </summary>
public partial class CatalogResources
{
    /// <summary>Every staff role; public applicants use the open catalog on the portal instead.</summary>
    public const string AllowedRoles = Roles.StaffList;

    // The editor and import pages' routes (owned by those pages; agreed in the session's route list).
    private const string NewEntryRoute = "/catalog/resources/new";
    private const string ImportRoute = "/catalog/import";

    private UserContext? _user;
    private string? _departmentName;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private CatalogScope Scope => _user is { SeesAllDepartments: false, IsDistrictBureauOfficer: false, DepartmentId: not null } ? CatalogScope.Department : CatalogScope.Full;

    private bool CanManage => _user is { DepartmentId: { } department } user && CatalogAccess.CanEdit(user, department);

    private string ScopeText => _user switch
    {
        null => string.Empty,
        { SeesAllDepartments: true } => L["Catalog.Scope.All"],
        { IsDistrictBureauOfficer: true } => L["Catalog.Scope.District", _departmentName ?? string.Empty],
        { DepartmentId: not null } => L["Catalog.Scope.Department", _departmentName ?? string.Empty],
        _ => L["Catalog.Scope.Published"],
    };

    /// <summary>The export scopes the signed-in user may use (the use case decides; the menu only mirrors it).</summary>
    private IReadOnlyList<CatalogExportScope> ExportScopes => _user is null ? []
        : [.. Enum.GetValues<CatalogExportScope>().Where(scope => ExportCatalog.RefusalFor(_user, scope) is null)];

    protected override async Task OnInitializedAsync()
    {
        var principal = (await AuthenticationState).User;
        _departmentName = principal.FindFirst(GovDataClaims.DepartmentName)?.Value;
        _user = principal.ToUserContext();
    }
}
