using GovData.Domain.Identity;
using GovData.Workflows.Disputes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Disputes;

/// <summary>
/// 争议: the bureau's list of every dispute it supervises (filter by department and state) and a department's list of
/// the disputes it is a party to — one page over <see cref="ListDisputes"/>, which does the scoping and the paging.
/// </summary>
public partial class DisputesPage
{
    private static readonly string[] OpenStates = [DisputeWorkflowV1.Filed, DisputeWorkflowV1.Coordinating, DisputeWorkflowV1.GrantOrdered];

    private static readonly string[] DecidedStates =
        [DisputeWorkflowV1.Complied, DisputeWorkflowV1.RefusalUpheld, DisputeWorkflowV1.Declined, DisputeWorkflowV1.Cancelled];

    private DisputesGrid? _grid;
    private DisputeFilter _filter = new();
    private UserContext? _user;
    private bool _isBureau;
    private int? _total;
    private IReadOnlyList<(int Id, string Name)> _departments = [];

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ListDisputes List { get; set; } = default!;

    /// <summary>A department page links here with its id.</summary>
    [SupplyParameterFromQuery(Name = "department")]
    public int? Department { get; set; }

    private IReadOnlyList<string> States => _filter.Decided ? DecidedStates : OpenStates;

    protected override async Task OnInitializedAsync()
    {
        _user = await DisputeText.UserAsync(AuthenticationState);
        _isBureau = _user.SeesAllDepartments || _user.IsDistrictBureauOfficer;
        _filter = _filter with { DepartmentId = _isBureau ? Department : null };
        if (_isBureau)
        {
            _departments = await List.DepartmentsAsync(_user);
        }
    }

    private void OnTotal(int total)
    {
        if (_total != total)
        {
            _total = total;
            StateHasChanged();
        }
    }

    private Task ShowAsync(bool decided) => ReloadAsync(_filter with { Decided = decided, State = null });

    private Task OnDepartmentAsync(int? department) => ReloadAsync(_filter with { DepartmentId = department });

    private Task OnStateAsync(string? state) => ReloadAsync(_filter with { State = state });

    private async Task ReloadAsync(DisputeFilter filter)
    {
        _filter = filter;
        if (_grid is not null)
        {
            await _grid.ReloadAsync(filter);
        }
    }
}
