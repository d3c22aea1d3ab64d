using GovData.Domain.Identity;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.People;

public sealed partial class DepartmentsPage
{
    private IReadOnlyList<DepartmentRow>? _rows;
    private Dictionary<int, int> _depths = [];
    private UserContext _user = UserContext.Anonymous;
    private DateOnly _today;

    [Inject]
    private ListDepartments List { get; set; } = default!;

    [Inject]
    private RenameDepartment Rename { get; set; } = default!;

    [Inject]
    private DeactivateDepartment Deactivate { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToUserContext();
        _today = GovData.Domain.Time.ChinaTime.Today(Time);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _rows = await List.ExecuteAsync(_user);
        _depths = AdminText.Depths(_rows);
    }

    private async Task CreateAsync()
    {
        var parameters = new DialogParameters<DepartmentCreateDialog> { { d => d.User, _user }, { d => d.Departments, _rows ?? [] } };
        var dialog = await Dialogs.ShowAsync<DepartmentCreateDialog>(L["Create.Title"], parameters, Options());
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Created"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task MoveAsync(DepartmentRow row)
    {
        var parameters = new DialogParameters<DepartmentMoveDialog>
        {
            { d => d.User, _user }, { d => d.Department, row }, { d => d.Departments, _rows ?? [] },
        };
        var dialog = await Dialogs.ShowAsync<DepartmentMoveDialog>(L.Format("Move.Title", row.Name), parameters, Options());
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task SecurityAsync(DepartmentRow row)
    {
        var parameters = new DialogParameters<DepartmentSecurityDialog> { { d => d.User, _user }, { d => d.Department, row } };
        var dialog = await Dialogs.ShowAsync<DepartmentSecurityDialog>(L.Format("Security.Title", row.Name), parameters, Options());
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EmergencyPlanAsync(DepartmentRow row)
    {
        var parameters = new DialogParameters<EmergencyPlanDialog> { { d => d.User, _user }, { d => d.Department, row } };
        var dialog = await Dialogs.ShowAsync<EmergencyPlanDialog>(L.Format("EmergencyPlan.Title", row.Name), parameters, Options());
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["EmergencyPlan.Stored"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RenameAsync(DepartmentRow row)
    {
        if (await AskAsync(L["Rename.Title"], null, L["Field.Name"], row.Name) is not { } answer)
        {
            return;
        }

        await ShowAsync(await Rename.ExecuteAsync(_user, row.Id, answer.Name ?? string.Empty, answer.Reason));
    }

    private async Task DeactivateAsync(DepartmentRow row)
    {
        if (await AskAsync(L.Format("Deactivate.Title", row.Name), L["Deactivate.Hint"], null, null) is not { } answer)
        {
            return;
        }

        await ShowAsync(await Deactivate.ExecuteAsync(_user, row.Id, answer.Reason));
    }

    private async Task<ReasonAnswer?> AskAsync(string title, string? hint, string? nameLabel, string? name)
    {
        var parameters = new DialogParameters<ReasonDialog> { { d => d.Hint, hint }, { d => d.NameLabel, nameLabel }, { d => d.Name, name } };
        var dialog = await Dialogs.ShowAsync<ReasonDialog>(title, parameters, Options());
        return await dialog.Result is { Canceled: false, Data: ReasonAnswer answer } ? answer : null;
    }

    private async Task ShowAsync(AdminResult result)
    {
        Snackbar.Add(result.Succeeded ? L["Saved"] : L.Message(result), result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
    }

    private static DialogOptions Options() => new() { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
}
