using GovData.Domain.Identity;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>The catalog as the signed-in staff member may see it; scoping is done by <see cref="ListDataResources"/>.</summary>
public partial class CatalogResources
{
    /// <summary>Every staff role; public applicants use the open catalog on the portal instead.</summary>
    public const string AllowedRoles = Roles.StaffList;

    private static readonly int[] PageSizes = [10, 20, 50, 100];

    private MudDataGrid<DataResourceRow>? _grid;
    private DataResourceFilter _filter = new();
    private UserContext? _user;
    private string? _departmentName;
    private int? _total;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ListDataResources ListResources { get; set; } = default!;

    private string ScopeText => _user switch
    {
        null => string.Empty,
        { SeesAllDepartments: true } => L["Catalog.Scope.All"],
        { DepartmentId: not null } => L["Catalog.Scope.Department", _departmentName ?? string.Empty],
        _ => L["Catalog.Scope.Published"],
    };

    /// <summary>The export scopes the signed-in user may use (the use case decides; the menu only mirrors it).</summary>
    private IReadOnlyList<CatalogExportScope> ExportScopes => _user is null ? []
        : [.. Enum.GetValues<CatalogExportScope>().Where(scope => ExportCatalog.RefusalFor(_user, scope) is null)];

    protected override async Task OnInitializedAsync() => await EnsureUserAsync();

    private async Task<UserContext> EnsureUserAsync()
    {
        if (_user is null)
        {
            var principal = (await AuthenticationState).User;
            _departmentName = principal.FindFirst(GovDataClaims.DepartmentName)?.Value;
            _user = principal.ToUserContext();
        }

        return _user;
    }

    private async Task<GridData<DataResourceRow>> LoadAsync(GridState<DataResourceRow> state, CancellationToken cancellationToken)
    {
        var user = await EnsureUserAsync();
        var page = await ListResources.ExecuteAsync(user, _filter with { Page = state.Page, PageSize = state.PageSize }, cancellationToken);
        if (_total != page.TotalCount)
        {
            // The count sits in this page's header, outside the grid that asked for the data.
            _total = page.TotalCount;
            StateHasChanged();
        }

        return new GridData<DataResourceRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private async Task OnFilterChangedAsync(DataResourceFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
