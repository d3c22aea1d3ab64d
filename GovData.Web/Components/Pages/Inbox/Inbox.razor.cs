using System.Globalization;
using GovData.Domain.Identity;
using GovData.Workflows.Identity;
using GovData.Workflows.Inbox;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Inbox;

/// <summary>待办: what the signed-in user may act on; scoping and paging are done by <see cref="GetInbox"/>.</summary>
public partial class Inbox
{
    /// <summary>Every staff role; public applicants have no inbox.</summary>
    public const string AllowedRoles =
        Roles.SystemAdmin + "," + Roles.BureauOfficer + "," + Roles.DepartmentLead + "," + Roles.CatalogManager + ","
        + Roles.Approver + "," + Roles.Requester + "," + Roles.SecurityOfficer;

    private static readonly int[] PageSizes = [10, 20, 50, 100];

    private MudDataGrid<InboxRow>? _grid;
    private InboxFilter _filter = new();
    private UserContext? _user;
    private int? _total;
    private int _pageSize = InboxFilter.DefaultPageSize;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetInbox GetInbox { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private bool IsFiltered => _filter.DefinitionName is not null || _filter.State is not null || _filter.OverdueOnly;

    private static string InstanceHref(InboxRow row) =>
        string.Format(CultureInfo.InvariantCulture, AppRoutes.WorkflowInstance, row.InstanceId);

    private async Task<GridData<InboxRow>> LoadAsync(GridState<InboxRow> state, CancellationToken cancellationToken)
    {
        _user ??= (await AuthenticationState).User.ToUserContext();
        var page = await GetInbox.ExecuteAsync(_user, _filter with { Page = state.Page, PageSize = state.PageSize }, cancellationToken);
        if (_total != page.TotalCount)
        {
            // The count sits in the page header, outside the grid that asked for the data.
            _total = page.TotalCount;
            StateHasChanged();
        }

        return new GridData<InboxRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private async Task OnFilterChangedAsync(InboxFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    private async Task OnPageSizeChangedAsync(ChangeEventArgs args)
    {
        if (int.TryParse(args.Value?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size)
            && _grid is not null)
        {
            _pageSize = size;
            await _grid.SetRowsPerPageAsync(size);
        }
    }

    private void OnRowClick(DataGridRowClickEventArgs<InboxRow> args) => Navigation.NavigateTo(InstanceHref(args.Item));
}
