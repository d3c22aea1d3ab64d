using System.Globalization;
using GovData.Domain.Legal;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>What an approver decides on (Art. 26): the entry, the applicant and how they identified themselves, the
/// contact, purpose and use scenario, the wanted items, whether a written reply is wanted, the material asked for and
/// supplied; then the outcome (granted items, period of use, reasons and bases) and the reply's number.</summary>
public sealed class OpenDataApplicationSummary : IWorkflowSubjectSummary
{
    public const string Prefix = "Subject.OpenDataApplication.";

    private static readonly string GrantedItemsArgument = OpenDataApplicationArguments.GrantedItems.Name;
    private static readonly string LegalBasesArgument = OpenDataApplicationArguments.LegalBases.Name;
    private static readonly OpenDataApplicationProcess Process = new();

    public async Task<IReadOnlyList<SubjectFact>> DescribeAsync(GovDataDbContext db, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        if (!int.TryParse(instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await db.OpenDataApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } application)
        {
            return [];
        }

        var entry = await db.DataResources.AsNoTracking().Where(r => r.Id == application.DataResourceId)
            .Select(r => new { r.Code, r.Name }).SingleAsync(cancellationToken);
        var names = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == application.DataResourceId)
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var facts = new List<SubjectFact>
        {
            SubjectFact.Of(Prefix + "Entry", $"{entry.Name}（{entry.Code}）", Process.SubjectLink(application.DataResourceId)),
            SubjectFact.Of(Prefix + "ApplicantType", "OpenData.ApplicantType." + application.ApplicantType),
            SubjectFact.Of(Prefix + "Applicant", application.ApplicantName),
        };
        if (application.IdentityNumber is { } number)
        {
            facts.Add(SubjectFact.Of(Prefix + "IdentityNumber", number));
        }

        facts.Add(SubjectFact.Of(Prefix + "Contact", $"{application.ContactName} · {application.ContactPhone} · {application.ContactEmail}"));
        facts.Add(SubjectFact.Of(Prefix + "Purpose", application.Purpose));
        facts.Add(SubjectFact.Of(Prefix + "UseScenario", application.UseScenario));
        facts.Add(new(Prefix + "WantedItems", Names(application.Wanted(), names)));
        facts.Add(SubjectFact.Of(Prefix + "WrittenReply", application.WrittenReplyWanted ? "OpenData.Yes" : "OpenData.No"));
        if (application.MaterialRequested is { } requested)
        {
            facts.Add(SubjectFact.Of(Prefix + "MaterialRequested", requested));
        }

        if (application.MaterialDueOn is { } due)
        {
            facts.Add(new(Prefix + "MaterialDueOn", [due]));
        }

        if (application.MaterialSupplied is { } supplied)
        {
            facts.Add(SubjectFact.Of(Prefix + "MaterialSupplied", supplied));
        }

        if (application.GrantedItemIds is not null)
        {
            facts.Add(new(Prefix + "GrantedItems", Names(application.Granted(), names)));
            facts.Add(new(Prefix + "UseUntil", [application.UseUntil!.Value]));
        }

        if (application.RefusalReason is { } reason)
        {
            facts.Add(SubjectFact.Of(Prefix + "RefusalReason", reason));
            var bases = application.RefusalBases();
            var citations = await db.LegalBases.AsNoTracking().Where(b => bases.Contains(b.Id)).OrderBy(b => b.Id)
                .Select(b => new { b.LawName, b.Article, b.Clause }).ToListAsync(cancellationToken);
            facts.Add(new(Prefix + "RefusalBases", [.. citations.Select(b => LegalBasis.CitationOf(b.LawName, b.Article, b.Clause))]));
        }

        if (application.AnsweredOnTheSpot)
        {
            facts.Add(SubjectFact.Of(Prefix + "OnTheSpot", "OpenData.Yes"));
        }

        if (application.ReplyDocumentId is { } replyId)
        {
            var reply = await db.IssuedDocuments.AsNoTracking().Where(d => d.Id == replyId).Select(d => d.Number).SingleAsync(cancellationToken);
            facts.Add(SubjectFact.Of(Prefix + "Reply", reply, OpenDataApplicationLinks.Reply(application.Id)));
        }

        return facts;
    }

    public async Task DisplayArgumentsAsync(
        GovDataDbContext db, WorkflowInstance instance, IReadOnlyList<Dictionary<string, string>> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!arguments.Any(a => a.ContainsKey(GrantedItemsArgument) || a.ContainsKey(LegalBasesArgument))
            || await db.OpenDataApplications.AsNoTracking().Where(a => a.WorkflowInstanceId == instance.Id)
                .Select(a => (int?)a.DataResourceId).SingleOrDefaultAsync(cancellationToken) is not { } entryId)
        {
            return;
        }

        var names = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == entryId).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var bases = await db.LegalBases.AsNoTracking().ToDictionaryAsync(b => b.Id, b => LegalBasis.CitationOf(b.LawName, b.Article, b.Clause), cancellationToken);
        foreach (var entry in arguments)
        {
            Rewrite(entry, GrantedItemsArgument, names);
            Rewrite(entry, LegalBasesArgument, bases);
        }
    }

    private static void Rewrite(Dictionary<string, string> entry, string argument, Dictionary<int, string> names)
    {
        if (entry.TryGetValue(argument, out var value))
        {
            var ids = value.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .ToList();
            entry[argument] = string.Join("、", Names(ids, names));
        }
    }

    private static List<object> Names(IReadOnlyList<int> ids, Dictionary<int, string> names) =>
        [.. ids.Select(id => names.TryGetValue(id, out var name) ? name : id.ToString(CultureInfo.InvariantCulture))];
}
