using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;

namespace GovData.Workflows.Runtime;

/// <summary>One labelled fact about a subject: <see cref="LabelKey"/> is a WorkflowResource key; values are strings
/// (shown as they are) or <see cref="DateOnly"/> (shown as dates in the user's language); <see cref="Link"/> is an
/// optional page of the subject.</summary>
public sealed record SubjectFact(string LabelKey, IReadOnlyList<object> Values, string? Link = null)
{
    public static SubjectFact Of(string labelKey, object value, string? link = null) => new(labelKey, [value], link);
}

/// <summary>
/// What the instance page shows about the subject so the person deciding sees what they decide on (e.g. a share
/// request's resource, purpose and data items). A process names it (<see cref="WorkflowProcess.Summary"/>); it is asked
/// only after the runtime has decided the user may see the instance.
/// </summary>
public interface IWorkflowSubjectSummary
{
    Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken);

    /// <summary>Rewrites the journal's stored trigger arguments into what people read (ids into names), in place;
    /// arguments it does not know stay as stored.</summary>
    Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken);
}
