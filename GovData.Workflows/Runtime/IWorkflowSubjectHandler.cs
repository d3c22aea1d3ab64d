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

/// <summary>
/// The hook a feature implements for its process (e.g. on Approved the share-request feature issues a grant). It
/// runs inside the transaction of the change, before the one SaveChanges: add entities to <see cref="WorkflowChange.Db"/>;
/// throwing rolls back the transition, the journal entry and the notifications.
/// </summary>
public interface IWorkflowSubjectHandler
{
    string DefinitionName { get; }

    Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken);
}
