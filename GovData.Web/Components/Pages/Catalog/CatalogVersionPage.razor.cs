using System.Globalization;
using GovData.Domain.Identity;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>What version n of an entry changed against version n-1 (v1: its first publication), with links between versions.</summary>
public partial class CatalogVersionPage
{
    private UserContext? _user;
    private CatalogVersionDiff? _diff;
    private CatalogHistory? _history;
    private bool _loaded;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetCatalogVersionDiff GetDiff { get; set; } = default!;

    [Inject]
    private GetCatalogVersions GetVersions { get; set; } = default!;

    private CatalogVersionRow? Version => _history?.Versions.FirstOrDefault(v => v.Number == Number);

    private bool HasNext => _history?.Versions.Any(v => v.Number == Number + 1) == true;

    protected override async Task OnParametersSetAsync()
    {
        _user ??= (await AuthenticationState).User.ToUserContext();
        _diff = await GetDiff.ExecuteAsync(_user, new CatalogVersionDiffQuery(Id, Number));
        _history = _diff is null ? null : await GetVersions.ExecuteAsync(_user, Id);
        _loaded = true;
    }

    private string VersionHref(int number) => string.Format(CultureInfo.InvariantCulture, AppRoutes.CatalogVersion, Id, number);
}
