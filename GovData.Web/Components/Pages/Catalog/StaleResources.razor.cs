using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Web.Components.Shared;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

public partial class StaleResources
{
    /// <summary>Department CatalogManagers see their own department; the bureau (and the administrator) the city.</summary>
    public const string AllowedRoles = Roles.CatalogManager + "," + Roles.BureauOfficer + "," + Roles.SystemAdmin;

    private MudDataGrid<StaleResourceRow>? _grid;
    private UserContext _user = UserContext.Anonymous;
    private IReadOnlyList<StaleDepartment> _departments = [];
    private int? _department;
    private DateOnly? _today;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private string Today => _today is { } today ? DateDisplay.LongDate(today) : string.Empty;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToUserContext();
        _today = ChinaTime.Today(Time);
        _departments = await ListStale.DepartmentsAsync(_user);
    }

    private async Task<GridData<StaleResourceRow>> LoadAsync(GridState<StaleResourceRow> state, CancellationToken cancellationToken)
    {
        var page = await ListStale.ExecuteAsync(_user, new StaleResourceFilter(_department, state.Page, state.PageSize), cancellationToken);
        return new GridData<StaleResourceRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private async Task DepartmentChangedAsync(int? department)
    {
        _department = department;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
