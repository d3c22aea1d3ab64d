using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Deadlines;

/// <summary>
/// The holders of a role in a department and their confirmed e-mail addresses, read once per sweep: the first time a
/// role is needed, its holders in every department are read in one query (a first sweep over 100 departments made
/// 200 queries, one per department and role: on PostgreSQL each a round trip and a pooled connection; decision 0035).
/// </summary>
internal sealed class RecipientDirectory(IDbContextFactory<GovDataDbContext> contextFactory)
{
    private readonly Dictionary<(int Department, string Role), IReadOnlyList<string>> _users = [];
    private readonly HashSet<string> _rolesRead = new(StringComparer.Ordinal);
    private int? _bureau;
    private bool _bureauRead;

    /// <summary>Confirmed e-mail addresses by user id (null: none) of every holder read so far.</summary>
    public Dictionary<string, string?> Addresses { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> AssigneesAsync(WorkflowInstance instance, CancellationToken cancellationToken) =>
        instance.AssigneeDepartmentId is { } department && instance.AssigneeRole is { } role
            ? HoldersAsync(department, role, cancellationToken)
            : Task.FromResult<IReadOnlyList<string>>(instance.IsAssignedToInitiator && instance.StartedByUserId.Length > 0 ? [instance.StartedByUserId] : []);

    public async Task<IReadOnlyList<string>> OfStepAsync(EscalationRecipient recipient, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        switch (recipient)
        {
            case EscalationRecipient.ProviderApprovers:
                return await HoldersAsync(instance.ProviderDepartmentId, Roles.Approver, cancellationToken);
            case EscalationRecipient.ProviderDepartmentLead:
                return await HoldersAsync(instance.ProviderDepartmentId, Roles.DepartmentLead, cancellationToken);
            case EscalationRecipient.AssigneeDepartmentLead:
                return instance.AssigneeDepartmentId is { } assignee ? await HoldersAsync(assignee, Roles.DepartmentLead, cancellationToken) : [];
            default:
                var bureau = await BureauAsync(cancellationToken);
                return bureau is { } id ? await HoldersAsync(id, Roles.BureauOfficer, cancellationToken) : [];
        }
    }

    private async Task<IReadOnlyList<string>> HoldersAsync(int department, string role, CancellationToken cancellationToken)
    {
        if (!_rolesRead.Contains(role))
        {
            await ReadRoleAsync(role, cancellationToken);
        }

        return _users.GetValueOrDefault((department, role)) ?? [];
    }

    private async Task ReadRoleAsync(string role, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var users = await (
            from user in db.Users
            where user.DepartmentId != null
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join r in db.Roles on userRole.RoleId equals r.Id
            where r.Name == role
            select new { user.Id, Department = user.DepartmentId!.Value, Email = user.EmailConfirmed ? user.Email : null })
            .Distinct().ToListAsync(cancellationToken);
        foreach (var user in users)
        {
            Addresses[user.Id] = user.Email;
        }

        foreach (var holders in users.GroupBy(u => u.Department))
        {
            _users[(holders.Key, role)] = [.. holders.Select(u => u.Id).Distinct().Order(StringComparer.Ordinal)];
        }

        _rolesRead.Add(role);
    }

    private async Task<int?> BureauAsync(CancellationToken cancellationToken)
    {
        if (!_bureauRead)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            _bureau = await db.Departments.AsNoTracking()
                .Where(d => d.Kind == DepartmentKind.DataBureau)
                .OrderBy(d => d.Level).ThenBy(d => d.Id)
                .Select(d => (int?)d.Id)
                .FirstOrDefaultAsync(cancellationToken);
            _bureauRead = true;
        }

        return _bureau;
    }
}
