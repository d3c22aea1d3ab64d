using System.Globalization;
using GovData.Domain.Identity;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// One catalog entry: its fields, data items and history, with the department's actions (revise, retire). An entry the
/// user may not see renders exactly like a missing one (the use cases answer null for both).
/// </summary>
public partial class CatalogResourceDetailPage
{
    private UserContext? _user;
    private DataResourceDetail? _detail;
    private CatalogHistory? _history;
    private bool _loaded;
    private bool _busy;

    [Parameter]
    public int Id { get; set; }

    /// <summary>The list the user came from ("stale" for 待更新目录), for the back link.</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GetDataResource GetResource { get; set; } = default!;

    [Inject]
    private GetCatalogVersions GetVersions { get; set; } = default!;

    [Inject]
    private RetireCatalogEntry Retire { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CatalogResource> Errors { get; set; } = default!;

    private bool CanEdit => _user is not null && _detail is not null && CatalogAccess.CanEdit(_user, _detail.ProviderDepartmentId);

    // The editor's route (owned by the editor page; agreed in the session's route list).
    private string EditRoute => string.Format(CultureInfo.InvariantCulture, "/catalog/resources/{0}/edit", Id);

    protected override async Task OnParametersSetAsync()
    {
        _user ??= (await AuthenticationState).User.ToUserContext();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _detail = await GetResource.ExecuteAsync(Id, _user!);
        _history = _detail is null ? null : await GetVersions.ExecuteAsync(_user!, Id);
        _loaded = true;
    }

    private async Task RetireAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            L["Browse.Retire.Title"],
            L["Browse.Retire.Text", _detail!.Name],
            yesText: L["Browse.Retire.Confirm"],
            cancelText: L["Browse.Retire.Cancel"]);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Retire.ExecuteAsync(_user!, Id);
            if (result.Succeeded)
            {
                Snackbar.Add(L["Browse.Retire.Done"], Severity.Success);
                await LoadAsync();
            }
            else
            {
                Snackbar.Add(Errors[result.ErrorKey!, [.. result.Arguments]], Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
