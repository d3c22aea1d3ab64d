using System.Globalization;
using GovData.Domain.Disputes;
using GovData.Domain.Documents;
using GovData.Domain.Time;
using GovData.Workflows.Documents;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// 争议协调决定书: the written decision, issued by the shared document service (numbered per year, verification code,
/// SHA-256, stored) inside the decision's own transaction, so a decision never exists without its document. It names the
/// parties and the subject, the claim, the statements and meetings, the outcome item by item (ordered or not), the
/// reasons, and — for an order — by when the provider must issue the grant.
/// </summary>
public sealed class DisputeDecisionDocument(IssueDocument issue, IDisputeDecisionTexts texts)
{
    public const string Kind = "DisputeDecision";

    public async Task<IssuedDocument> IssueAsync(GovDataDbContext db, Dispute dispute, int bureauId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dispute);
        var names = await db.Departments.AsNoTracking()
            .Where(d => d.Id == dispute.ProviderDepartmentId || d.Id == dispute.RequesterDepartmentId || d.Id == bureauId)
            .ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var resource = await db.DataResources.AsNoTracking().Where(r => r.Id == dispute.DataResourceId)
            .Select(r => new { r.Name, r.Code }).SingleAsync(cancellationToken);
        var items = await db.DataItems.AsNoTracking().Where(i => i.DataResourceId == dispute.DataResourceId && !i.IsRetired)
            .OrderBy(i => i.Id).Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);
        var wanted = dispute.ShareRequestId is { } requestId
            ? (await db.ShareRequests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken)).Wanted()
            : [.. items.Select(i => i.Id)];
        var statements = await db.DisputeStatements.AsNoTracking().Where(s => s.DisputeId == dispute.Id).OrderBy(s => s.Side).ToListAsync(cancellationToken);
        var meetings = await db.DisputeMeetings.AsNoTracking().Where(m => m.DisputeId == dispute.Id).OrderBy(m => m.HeldOn).ToListAsync(cancellationToken);
        var ordered = dispute.Ordered();
        var considered = items.Where(i => wanted.Contains(i.Id) || ordered.Contains(i.Id)).ToList();

        string T(string key, params object[] arguments) => texts.Text("Document." + key, arguments);
        string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

        DocumentModel Compose(IssuedDocumentStamp stamp)
        {
            var sections = new List<DocumentSection>
            {
                DocumentSection.OfParagraphs(T("Section.Claim"), T("Ground." + dispute.Ground), dispute.Claim),
                new(
                    T("Section.Coordination"),
                    [.. statements.Select(s => new DocumentField(T("Statement." + s.Side), s.Text ?? T("Statement.None")))],
                    meetings.Count == 0 ? [T("Meetings.None")]
                        : [.. meetings.Select(m => T("Meeting", Day(m.HeldOn), m.Attendees, m.Notes))]),
                new(
                    T("Section.Decision"),
                    [new DocumentField(T("Outcome"), T("Outcome." + dispute.Outcome))],
                    [dispute.DecisionReasoning ?? string.Empty],
                    considered.Count == 0 ? null : new DocumentTable(
                        [new DocumentColumn(T("Column.Item"), 2), new DocumentColumn(T("Column.Decision"), 1)],
                        [.. considered.Select(i => (IReadOnlyList<string>)[i.Name, ordered.Contains(i.Id) ? T("Item.Shared") : T("Item.NotShared")])])),
            };
            if (dispute.Outcome is not DisputeOutcome.RefusalUpheld && dispute.GrantDueOn is { } due)
            {
                sections.Add(DocumentSection.OfParagraphs(
                    T("Section.Compliance"), T("Compliance", names[dispute.ProviderDepartmentId], Day(due), dispute.OrderedPurpose ?? string.Empty)));
            }

            return new DocumentModel(
                T("Title"),
                [
                    new DocumentField(T("Field.Number"), stamp.Number),
                    new DocumentField(T("Field.Requester"), names[dispute.RequesterDepartmentId]),
                    new DocumentField(T("Field.Provider"), names[dispute.ProviderDepartmentId]),
                    new DocumentField(T("Field.Resource"), $"{resource.Name}（{resource.Code}）"),
                ],
                sections,
                new DocumentFooter(
                    new DocumentField(T("Field.Bureau"), names.GetValueOrDefault(bureauId) ?? string.Empty),
                    new DocumentField(T("Field.Date"), Day(DateOnly.FromDateTime(ChinaTime.ToChinaTime(stamp.IssuedAtUtc)))),
                    new DocumentField(T("Field.VerificationCode"), stamp.VerificationCode),
                    T("VerificationHint")));
        }

        return await issue.ExecuteAsync(
            db,
            new DocumentRequest(
                Kind, NumberFormat(T("NumberFormat")), DisputeProcess.SubjectTypeName, dispute.Id,
                T("ListTitle", resource.Name), bureauId, userId, Compose),
            cancellationToken);
    }

    /// <summary>The text's number format, with the year and sequence appended when it lacks the sequence (so a missing or
    /// mistyped text can never give two decisions one number).</summary>
    internal static string NumberFormat(string text) =>
        text.Contains("{1", StringComparison.Ordinal) ? text : text + "-{0}-{1:0000}";
}
