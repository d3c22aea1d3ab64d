using System.Globalization;
using GovData.Domain.Legal;
using GovData.Domain.Sharing;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Sharing;

/// <summary>What an approver decides on (Art. 20): the resource, the requesting department, purpose and duty basis,
/// the data items and the period asked for; then the outcome: the grant (items, validity) or the refusal's basis.</summary>
public sealed class ShareRequestSummary : IWorkflowSubjectSummary
{
    public const string Prefix = "Subject.ShareRequest.";

    private static readonly string GrantedItemsArgument = ShareRequestArguments.GrantedItems.Name;
    private static readonly string LegalBasisArgument = ShareRequestArguments.LegalBasis.Name;
    private static readonly ShareRequestProcess Process = new();

    /// <summary>The dispute page of a request (its disputes, and the form for a party with a ground).</summary>
    public static string DisputesLink(int requestId) => string.Create(CultureInfo.InvariantCulture, $"/disputes/new?request={requestId}");

    public async Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        if (!int.TryParse(instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return [];
        }

        var request = await db.ShareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return [];
        }

        var resource = await db.DataResources.AsNoTracking()
            .Where(r => r.Id == request.DataResourceId)
            .Select(r => new { r.Code, r.Name })
            .SingleAsync(cancellationToken);
        var requester = await db.Departments.AsNoTracking()
            .Where(d => d.Id == request.RequestingDepartmentId)
            .Select(d => d.Name)
            .SingleAsync(cancellationToken);
        var grant = await db.ShareGrants.AsNoTracking().SingleOrDefaultAsync(g => g.ShareRequestId == request.Id, cancellationToken);
        var itemNames = await db.DataItems.AsNoTracking()
            .Where(i => i.DataResourceId == request.DataResourceId)
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var facts = new List<SubjectFact>
        {
            SubjectFact.Of(Prefix + "Resource", $"{resource.Name}（{resource.Code}）", Process.SubjectLink(request.DataResourceId)),
            SubjectFact.Of(Prefix + "Requester", requester),
            SubjectFact.Of(Prefix + "Purpose", request.Purpose),
            SubjectFact.Of(Prefix + "DutyBasis", request.DutyBasis),
            new(Prefix + "WantedItems", Names(request.Wanted(), itemNames)),
            new(Prefix + "Period", [request.UseFrom, request.UseUntil]),
        };
        if (grant is not null)
        {
            facts.Add(new(Prefix + "GrantedItems", Names(ItemIds.Parse(grant.GrantedItemIds), itemNames)));
            facts.Add(new(Prefix + "ValidUntil", [grant.ValidUntil]));
        }

        if (request.RefusalLegalBasisId is { } basisId)
        {
            var basis = await db.LegalBases.AsNoTracking().SingleOrDefaultAsync(b => b.Id == basisId, cancellationToken);
            if (basis is not null)
            {
                facts.Add(SubjectFact.Of(Prefix + "RefusalBasis", basis.Citation));
            }
        }

        if (!string.IsNullOrWhiteSpace(request.RefusalReason))
        {
            facts.Add(SubjectFact.Of(Prefix + "RefusalReason", request.RefusalReason));
        }

        // Either party may take the request to the bureau (Art. 21): the page lists its disputes and offers the grounds.
        facts.Add(SubjectFact.Of(Prefix + "Disputes", "⚖ #" + request.Id.ToString(CultureInfo.InvariantCulture), DisputesLink(request.Id)));

        return facts;
    }

    public async Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!arguments.Any(a => a.ContainsKey(GrantedItemsArgument) || a.ContainsKey(LegalBasisArgument))
            || await db.ShareRequests.AsNoTracking().Where(r => r.WorkflowInstanceId == instance.Id).Select(r => (int?)r.DataResourceId).SingleOrDefaultAsync(cancellationToken) is not { } resourceId)
        {
            return;
        }

        var itemNames = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == resourceId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var bases = await db.LegalBases.AsNoTracking().ToDictionaryAsync(b => b.Id, b => LegalBasis.CitationOf(b.LawName, b.Article, b.Clause), cancellationToken);
        foreach (var entry in arguments)
        {
            if (entry.TryGetValue(GrantedItemsArgument, out var items))
            {
                var ids = items.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                    .ToList();
                entry[GrantedItemsArgument] = string.Join("、", Names(ids, itemNames));
            }

            if (entry.TryGetValue(LegalBasisArgument, out var basis)
                && int.TryParse(basis, NumberStyles.None, CultureInfo.InvariantCulture, out var basisId)
                && bases.TryGetValue(basisId, out var basisText))
            {
                entry[LegalBasisArgument] = basisText;
            }
        }
    }

    private static List<object> Names(IReadOnlyList<int> ids, Dictionary<int, string> names) =>
        [.. ids.Select(id => names.TryGetValue(id, out var name) ? name : id.ToString(CultureInfo.InvariantCulture))];
}
