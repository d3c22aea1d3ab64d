using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Runtime;

/// <summary>One change of an instance, handed to its subject's feature inside the same transaction.</summary>
public sealed record WorkflowChange(
    GovDataDbContext Db,
    WorkflowInstance Instance,
    WorkflowJournalEntry Entry,
    IReadOnlyDictionary<string, string> Arguments,
    UserContext Actor);

/// <summary>May <see cref="User"/> fire <see cref="Trigger"/> on the instance as far as the subject is concerned
/// (read-only, inside one DbContext)?</summary>
public sealed record SubjectGuardQuery(GovDataDbContext Db, WorkflowInstance Instance, TriggerSpec Trigger, UserContext User);

/// <summary>
/// The hook a process implements for its subject (e.g. on Approved the share-request feature issues a grant), named by
/// its <see cref="WorkflowProcess.SubjectHandler"/>. It runs inside the transaction of the change, before the one
/// SaveChanges: add entities to <see cref="WorkflowChange.Db"/>; throwing rolls back the transition, the journal entry
/// and the notifications. A missing subject must throw (<see cref="SubjectMissing"/>): a step without its subject's
/// side (an approval without a grant) is never written.
/// </summary>
public interface IWorkflowSubjectHandler
{
    Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken);

    /// <summary>
    /// The subject's guard: whether <see cref="OnChangedAsync"/> would accept this trigger from this user (e.g. only the
    /// bureau responsible for the provider may publish a catalog entry). The runtime offers only the actions that pass,
    /// so no button merely refuses when clicked. The definition's guards have already passed.
    /// </summary>
    Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken) => Task.FromResult(true);
}

/// <summary>The rule error of a change whose subject does not exist.</summary>
public static class SubjectMissing
{
    /// <summary>WorkflowResource key: {0} = the subject type, {1} = its id.</summary>
    public const string Key = "Workflow.Error.SubjectMissing";

    public static Domain.DomainRuleException For(WorkflowInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new Domain.DomainRuleException(Key, instance.SubjectType, instance.SubjectId);
    }
}
