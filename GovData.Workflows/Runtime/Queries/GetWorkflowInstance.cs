using System.Globalization;
using System.Text.Json;
using GovData.Domain.Calendar;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Calendar;
using GovData.Workflows.Inbox;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Runtime.Queries;

/// <summary>One journal entry as the timeline shows it; <see cref="Arguments"/> are the trigger's arguments.</summary>
public sealed record JournalItem(
    int Sequence,
    string FromState,
    string ToState,
    string Trigger,
    string ActorName,
    string? ActorDepartmentName,
    string? Comment,
    IReadOnlyDictionary<string, string> Arguments,
    DateOnly? DueBefore,
    DateOnly? DueAfter,
    DateTime OccurredAtUtc);

/// <summary>The last time the clock stood still: from <see cref="StoppedOn"/> to <see cref="ResumedOn"/> (null: it still
/// stands), with the working days that were left (null: there was no deadline).</summary>
public sealed record ClockStop(DateOnly StoppedOn, DateOnly? ResumedOn, int? RemainingWorkingDays);

/// <summary>Everything the instance page shows. <see cref="Journal"/> is newest first (the timeline reads from the
/// latest decision down); <see cref="DeadlineExplanation"/> is null when the due date was not computed from a
/// working-day limit (none, or set by the bureau).</summary>
public sealed record WorkflowInstanceView(
    long Id,
    string DefinitionName,
    int DefinitionVersion,
    string SubjectType,
    string SubjectId,
    string State,
    bool IsClosed,
    int Revision,
    string ProviderDepartmentName,
    string? RequesterDepartmentName,
    string? AssigneeDepartmentName,
    string? AssigneeRole,
    DateOnly ReceivedOn,
    DateOnly? DueOn,
    int? RemainingWorkingDays,
    DeadlineStatus Status,
    DueDateExplanation? DeadlineExplanation,
    WorkflowDiagram Diagram,
    IReadOnlyList<JournalItem> Journal,
    IReadOnlyList<AvailableAction> Actions,
    string? Title = null,
    IReadOnlyList<SubjectFact>? Subject = null,
    ClockStop? Clock = null)
{
    /// <summary>The subject as people name it (its title, or else its id).</summary>
    public string DisplayTitle => Title ?? SubjectId;
}

/// <summary>
/// The instance page's data: the instance, its definition's diagram with current and visited states, the journal,
/// the deadline and its explanation, and what this user may do now. Null when the instance does not exist or the
/// user may not see it (<see cref="WorkflowAccess.CanSee"/>): the two are never told apart.
/// </summary>
public sealed class GetWorkflowInstance(
    IDbContextFactory<GovDataDbContext> contextFactory,
    WorkflowRegistry registry,
    WorkingDayCalendarProvider calendars,
    WorkflowProcesses processes,
    GetAvailableActions actions,
    TimeProvider time)
{
    public async Task<WorkflowInstanceView?> ExecuteAsync(long instanceId, UserContext user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null || !WorkflowAccess.CanSee(user, instance))
        {
            return null;
        }

        var entries = await db.WorkflowJournal.AsNoTracking()
            .Where(e => e.InstanceId == instanceId)
            .OrderByDescending(e => e.Sequence)
            .ToListAsync(cancellationToken);
        int?[] ids = [instance.ProviderDepartmentId, instance.RequesterDepartmentId, instance.AssigneeDepartmentId, .. entries.Select(e => e.ActorDepartmentId)];
        var wanted = ids.OfType<int>().Distinct().ToList();
        var names = await db.Departments.AsNoTracking()
            .Where(d => wanted.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

        var definition = registry.Get(instance.DefinitionName, instance.DefinitionVersion);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = ChinaTime.Today(time);
        int? remaining = instance.DueOn is { } due ? calendar.WorkingDaysRemaining(today, due) : null;
        var explanation = instance is { DueOn: not null, DeadlineWorkingDays: { } days }
            ? calendar.Explain(instance.StateEnteredOn, days)
            : null;

        var summary = processes.Summary(instance.DefinitionName);
        var subject = await summary.DescribeAsync(db, instance, cancellationToken);
        var arguments = entries.Select(e => ParseArguments(e.ArgumentsJson)).ToList();
        await DepartmentNamesAsync(db, definition, entries, arguments, cancellationToken);
        await summary.DisplayArgumentsAsync(db, instance, arguments, cancellationToken);

        return new WorkflowInstanceView(
            instance.Id,
            instance.DefinitionName,
            instance.DefinitionVersion,
            instance.SubjectType,
            instance.SubjectId,
            instance.State,
            instance.IsClosed,
            instance.Revision,
            Name(names, instance.ProviderDepartmentId) ?? string.Empty,
            Name(names, instance.RequesterDepartmentId),
            Name(names, instance.AssigneeDepartmentId),
            instance.AssigneeRole,
            instance.ReceivedOn,
            instance.DueOn,
            remaining,
            DeadlineStatusRules.For(remaining),
            explanation,
            WorkflowDiagram.For(definition, instance),
            [.. entries.Select((e, index) => new JournalItem(
                e.Sequence, e.FromState, e.ToState, e.Trigger, e.ActorName, Name(names, e.ActorDepartmentId), e.Comment,
                arguments[index], e.DueBefore, e.DueAfter, e.OccurredAtUtc))],
            await actions.ForAsync(db, instance, user, cancellationToken),
            instance.Title,
            subject,
            instance.ClockStoppedOn is { } stopped ? new ClockStop(stopped, instance.ClockResumedOn, instance.ClockRemainingWorkingDays) : null);
    }

    /// <summary>Department arguments (e.g. the bureau's Reassign) are stored as ids: show the department's name.</summary>
    private static async Task DepartmentNamesAsync(
        GovDataDbContext db,
        WorkflowDefinition definition,
        List<WorkflowJournalEntry> entries,
        List<Dictionary<string, string>> arguments,
        CancellationToken cancellationToken)
    {
        var departmentArguments = definition.Shape.Triggers
            .SelectMany(t => t.Arguments)
            .Where(a => a.Kind == ArgumentKind.DepartmentId)
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);
        var targets = arguments
            .SelectMany(a => a.Where(kv => departmentArguments.Contains(kv.Key)))
            .Select(kv => int.TryParse(kv.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>()
            .Distinct()
            .ToList();
        if (targets.Count == 0 || entries.Count == 0)
        {
            return;
        }

        var names = await db.Departments.AsNoTracking().Where(d => targets.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        foreach (var entry in arguments)
        {
            foreach (var name in entry.Keys.Where(departmentArguments.Contains).ToList())
            {
                if (int.TryParse(entry[name], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && names.TryGetValue(id, out var text))
                {
                    entry[name] = text;
                }
            }
        }
    }

    private static Dictionary<string, string> ParseArguments(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    private static string? Name(Dictionary<int, string> names, int? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : null;
}
