using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;

namespace GovData.Workflows.Disputes;

/// <summary>
/// The steps of a dispute that keep its state — a party's statement, a meeting the bureau held, the one extension of the
/// decision deadline — written into the instance's journal like any transition (the instance's revision moves, so a
/// concurrent change loses as a whole), so the journal shows every statement and meeting.
/// </summary>
public static class DisputeJournal
{
    public const string Statement = "Statement";
    public const string Meeting = "Meeting";
    public const string ExtendDecision = "ExtendDecision";

    public static WorkflowJournalEntry Append(
        GovDataDbContext db, WorkflowInstance instance, string step, UserContext user, string? comment, DateOnly? dueBefore, DateTime nowUtc,
        IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(user);
        instance.Touch(nowUtc);
        var entry = new WorkflowJournalEntry(
            instance, instance.State, step, user.UserId, WorkflowSteps.ActorName(user), user.DepartmentId, comment,
            WorkflowArguments.Json(arguments ?? new Dictionary<string, string>()), dueBefore, nowUtc);
        db.WorkflowJournal.Add(entry);
        return entry;
    }
}
