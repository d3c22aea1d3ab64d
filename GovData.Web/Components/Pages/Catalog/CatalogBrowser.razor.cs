using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// The list behind /catalog/resources, /catalog/open and /sharing/catalog. The filter lives in the URL: a change navigates,
/// and every navigation (including the back button) reloads the grid from the URL; scoping is <see cref="ListDataResources"/>'s.
/// </summary>
public partial class CatalogBrowser
{
    private static readonly int[] PageSizes = [10, 20, 50, 100];

    private MudDataGrid<DataResourceRow>? _grid;
    private DataResourceFilter _filter = new();
    private IReadOnlyList<CatalogDepartment>? _departments;
    private int? _total;
    private bool _capped;
    private string _path = string.Empty;

    [Parameter, EditorRequired]
    public UserContext User { get; set; } = UserContext.Anonymous;

    [Parameter]
    public CatalogScope Scope { get; set; }

    /// <summary>Where a row's name links to (the catalog detail, or the sharing catalog's request page).</summary>
    [Parameter]
    public Func<DataResourceRow, string> RowHref { get; set; } = row => string.Format(System.Globalization.CultureInfo.InvariantCulture, AppRoutes.CatalogResourceDetail, row.Id);

    [Inject]
    private ListDataResources ListResources { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The published catalogs hold published entries only.</summary>
    private bool ShowsStatus => Scope is CatalogScope.Department or CatalogScope.Full;

    protected override async Task OnInitializedAsync()
    {
        _filter = CatalogQuery.Parse(Navigation.Uri);
        _path = PathOf(Navigation.Uri);
        Navigation.LocationChanged += OnLocationChanged;
        if (Scope != CatalogScope.Department)
        {
            _departments = await ListResources.DepartmentsAsync();
        }
    }

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;

    private async Task<GridData<DataResourceRow>> LoadAsync(GridState<DataResourceRow> state, CancellationToken cancellationToken)
    {
        var page = await ListResources.ExecuteAsync(User, _filter with { Scope = Scope, Page = state.Page, PageSize = state.PageSize }, cancellationToken);
        if (_total != page.TotalCount || _capped != page.CountCapped)
        {
            // The count sits above the grid that asked for the data.
            _total = page.TotalCount;
            _capped = page.CountCapped;
            StateHasChanged();
        }

        return new GridData<DataResourceRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    // The search box commits its text again when it loses focus, which is also when the user clicks a result: navigating
    // to the list then would pull them back from the entry they opened. Only a real change, on this page, navigates.
    private void OnFilterChanged(DataResourceFilter filter)
    {
        var uri = CatalogQuery.UriFor(Navigation, filter);
        if (PathOf(Navigation.Uri) == _path && uri != CatalogQuery.UriFor(Navigation, _filter))
        {
            Navigation.NavigateTo(uri);
        }
    }

    // Leaving the page (e.g. opening a row) is not a filter change.
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (PathOf(e.Location) == _path)
        {
            _ = InvokeAsync(() => ApplyAsync(CatalogQuery.Parse(e.Location)));
        }
    }

    private string PathOf(string uri) => Navigation.ToBaseRelativePath(uri).Split('?', '#')[0];

    private async Task ApplyAsync(DataResourceFilter filter)
    {
        if (filter == _filter)
        {
            return;
        }

        _filter = filter;
        StateHasChanged();
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
