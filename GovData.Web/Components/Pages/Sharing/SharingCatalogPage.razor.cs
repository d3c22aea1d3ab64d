using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Sharing;

/// <summary>共享目录: published resources, paged on the server; a row links to its detail page.</summary>
public partial class SharingCatalogPage
{
    private static readonly int[] PageSizes = [10, 20, 50, 100];

    private MudDataGrid<SharingCatalogRow>? _grid;
    private SharingCatalogFilter _filter = new();
    private string _shareKey = "All";
    private UserContext? _user;
    private int? _total;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private async Task<GridData<SharingCatalogRow>> LoadAsync(GridState<SharingCatalogRow> state, CancellationToken cancellationToken)
    {
        _user ??= await SharingText.UserAsync(AuthenticationState);
        var page = await Browse.ExecuteAsync(_user, _filter with { Page = state.Page, PageSize = state.PageSize }, cancellationToken);
        if (_total != page.TotalCount)
        {
            _total = page.TotalCount;
            StateHasChanged();
        }

        return new GridData<SharingCatalogRow> { Items = page.Rows, TotalItems = page.TotalCount };
    }

    private Task OnTextChangedAsync(string? text) => ReloadAsync(_filter with { Text = text });

    private Task OnShareChangedAsync(string? key)
    {
        _shareKey = key ?? "All";
        return ReloadAsync(_filter with { ShareType = Enum.TryParse<ShareType>(key, out var share) ? share : null });
    }

    private async Task ReloadAsync(SharingCatalogFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }
}
