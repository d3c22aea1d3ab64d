using GovData.Domain.Disputes;
using GovData.Domain.Sharing;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>What the bureau decides on (Art. 21): the dispute (linked to its page with statements, meetings and
/// attachments), what it is about (the ground is the fact's label), the parties, the claim; then the decision: the ordered
/// items, their purpose and the date the grant is due.</summary>
public sealed class DisputeSummary : IWorkflowSubjectSummary
{
    public const string Prefix = "Subject.Dispute.";

    private static readonly string OrderedItemsArgument = DisputeArguments.OrderedItems.Name;
    private static readonly DisputeProcess Process = new();

    public async Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        var dispute = await DisputeSubjectHandler.DisputeOfAsync(db, instance.SubjectType, instance.SubjectId, cancellationToken);
        if (dispute is null)
        {
            return [];
        }

        var resource = await db.DataResources.AsNoTracking().Where(r => r.Id == dispute.DataResourceId)
            .Select(r => new { r.Code, r.Name }).SingleAsync(cancellationToken);
        var names = await db.Departments.AsNoTracking()
            .Where(d => d.Id == dispute.ProviderDepartmentId || d.Id == dispute.RequesterDepartmentId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var facts = new List<SubjectFact>
        {
            SubjectFact.Of(Prefix + "Ground." + dispute.Ground, $"{resource.Name}（{resource.Code}）", Process.SubjectLink(dispute.Id)),
            SubjectFact.Of(Prefix + "Requester", names[dispute.RequesterDepartmentId]),
            SubjectFact.Of(Prefix + "Provider", names[dispute.ProviderDepartmentId]),
            SubjectFact.Of(Prefix + "Claim", dispute.Claim),
        };
        if (dispute.ShareRequestId is { } requestId
            && await db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) is { } request)
        {
            facts.Add(SubjectFact.Of(Prefix + "Purpose", request.Purpose));
        }

        if (dispute.Outcome is { } outcome && outcome != DisputeOutcome.RefusalUpheld)
        {
            var itemNames = await ItemNamesAsync(db, dispute.DataResourceId, cancellationToken);
            facts.Add(new(Prefix + "OrderedItems", Names(dispute.Ordered(), itemNames)));
            facts.Add(SubjectFact.Of(Prefix + "OrderedPurpose", dispute.OrderedPurpose ?? string.Empty));
            if (dispute.GrantDueOn is { } due)
            {
                facts.Add(new(Prefix + "GrantDueOn", [due]));
            }
        }

        return facts;
    }

    public async Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!arguments.Any(a => a.ContainsKey(OrderedItemsArgument))
            || await DisputeSubjectHandler.DisputeOfAsync(db, instance.SubjectType, instance.SubjectId, cancellationToken) is not { } dispute)
        {
            return;
        }

        var itemNames = await ItemNamesAsync(db, dispute.DataResourceId, cancellationToken);
        foreach (var entry in arguments)
        {
            if (entry.TryGetValue(OrderedItemsArgument, out var items))
            {
                entry[OrderedItemsArgument] = string.Join("、", Names(ItemIds.Parse(items.Replace('\n', ',')), itemNames));
            }
        }
    }

    private static Task<Dictionary<int, string>> ItemNamesAsync(GovDataDbContext db, int resourceId, CancellationToken cancellationToken) =>
        db.DataItems.AsNoTracking().Where(i => i.DataResourceId == resourceId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

    private static object[] Names(IEnumerable<int> ids, Dictionary<int, string> names) =>
        [.. ids.Select(id => (object)(names.GetValueOrDefault(id) ?? id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
}
