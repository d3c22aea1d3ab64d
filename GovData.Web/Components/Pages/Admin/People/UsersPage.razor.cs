using GovData.Domain.Identity;
using GovData.Workflows.Administration;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.People;

public sealed partial class UsersPage
{
    private IReadOnlyList<UserRow>? _rows;
    private IReadOnlyList<DepartmentRow> _departments = [];
    private UserContext _user = UserContext.Anonymous;

    [SupplyParameterFromQuery(Name = "department")]
    public int? Department { get; set; }

    [Inject]
    private ListUsers List { get; set; } = default!;

    [Inject]
    private ListDepartments Departments { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToUserContext();
        _departments = await Departments.ExecuteAsync(_user);
        await LoadAsync();
    }

    private async Task LoadAsync() => _rows = await List.ExecuteAsync(_user, Department);

    private async Task DepartmentChangedAsync(int? department)
    {
        Department = department;
        await LoadAsync();
    }

    private string DepartmentText(int? id) =>
        id is null ? L["Users.AllDepartments"] : _departments.FirstOrDefault(d => d.Id == id)?.Name ?? string.Empty;

    private async Task ImportAsync()
    {
        var parameters = new DialogParameters<UserImportDialog>
        {
            { d => d.User, _user }, { d => d.Departments, _departments }, { d => d.DepartmentId, Department },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<UserImportDialog>(L["Import.Title"], parameters, options);
        await dialog.Result;
        await LoadAsync();
    }

    private async Task CreateAsync()
    {
        var parameters = new DialogParameters<UserCreateDialog>
        {
            { d => d.User, _user }, { d => d.Departments, _departments }, { d => d.DepartmentId, Department },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var dialog = await Dialogs.ShowAsync<UserCreateDialog>(L["UserCreate.Title"], parameters, options);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Created"], Severity.Success);
            await LoadAsync();
        }
    }
}
