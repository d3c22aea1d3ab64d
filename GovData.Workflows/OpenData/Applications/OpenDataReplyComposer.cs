using System.Globalization;
using GovData.Domain.Documents;
using GovData.Domain.Legal;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Resources;
using GovData.Domain.Time;
using GovData.Workflows.Documents;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>What a written reply is made of, read inside the decision's transaction.</summary>
public sealed record ReplyFacts(
    OpenDataApplication Application,
    DataResource Entry,
    IReadOnlyList<DataItem> WantedItems,
    IReadOnlyList<LegalBasis> Bases,
    string DepartmentName);

/// <summary>
/// 书面答复 (Art. 26): reply number, applicant, entry, decision, one row per wanted item with its decision, reason and
/// basis, the period of use, the date, the department and the verification code with where to check it. Every word
/// comes from DocumentResource (<see cref="IDocumentTexts"/>).
/// </summary>
public sealed class OpenDataReplyComposer(IDocumentTexts texts)
{
    public const string Kind = "OpenDataReply";

    /// <summary>The reply number: 开放答复〔year〕sequence号 (DocumentResource "Reply.NumberFormat").</summary>
    public string NumberFormat => texts.Get("Reply.NumberFormat");

    public string Title => texts.Get("Reply.Title");

    public DocumentModel Compose(ReplyFacts facts, IssuedDocumentStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stamp);
        var application = facts.Application;
        var date = DateOnly.FromDateTime(ChinaTime.ToChinaTime(stamp.IssuedAtUtc));
        var granted = application.Granted().ToHashSet();
        var basis = string.Join("；", facts.Bases.Select(b => b.Citation));
        var rows = facts.WantedItems.Select(item => (IReadOnlyList<string>)(granted.Contains(item.Id)
            ? [item.Name, texts.Get("Reply.Item.Granted"), texts.Get("Reply.Item.GrantedReason", Day(application.UseUntil!.Value)), string.Empty]
            : [item.Name, texts.Get("Reply.Item.Refused"), application.RefusalReason ?? string.Empty, basis])).ToList();

        List<DocumentSection> sections =
        [
            DocumentSection.OfFields(
                texts.Get("Reply.Section.Application"),
                new DocumentField(texts.Get("Reply.Entry"), $"{facts.Entry.Name}（{facts.Entry.Code}）"),
                new DocumentField(texts.Get("Reply.SubmittedOn"), Day(DateOnly.FromDateTime(ChinaTime.ToChinaTime(application.SubmittedAtUtc)))),
                new DocumentField(texts.Get("Reply.Purpose"), application.Purpose),
                new DocumentField(texts.Get("Reply.UseScenario"), application.UseScenario)),
            DocumentSection.OfParagraphs(
                texts.Get("Reply.Section.Decision"),
                texts.Get("Reply.Decision." + application.Outcome, application.ApplicantName, facts.Entry.Name),
                application.AnsweredOnTheSpot ? texts.Get("Reply.OnTheSpot") : texts.Get("Reply.WithinTime")),
            DocumentSection.OfTable(
                texts.Get("Reply.Section.Items"),
                new DocumentTable(
                    [
                        new DocumentColumn(texts.Get("Reply.Column.Item"), 2),
                        new DocumentColumn(texts.Get("Reply.Column.Decision"), 1.2),
                        new DocumentColumn(texts.Get("Reply.Column.Reason"), 3),
                        new DocumentColumn(texts.Get("Reply.Column.Basis"), 3),
                    ],
                    rows)),
        ];
        if (application.UseUntil is { } until && application.Outcome != ApplicationOutcome.Refused)
        {
            sections.Add(DocumentSection.OfParagraphs(texts.Get("Reply.Section.Delivery"), texts.Get("Reply.Delivery", Day(until))));
        }

        if (application.Outcome != ApplicationOutcome.Granted)
        {
            sections.Add(DocumentSection.OfParagraphs(texts.Get("Reply.Section.Remedy"), texts.Get("Reply.Remedy")));
        }

        return new DocumentModel(
            Title,
            [
                new DocumentField(texts.Get("Reply.Number"), stamp.Number),
                new DocumentField(texts.Get("Reply.Applicant"), Applicant(application)),
                new DocumentField(texts.Get("Reply.Contact"), $"{application.ContactName} {application.ContactPhone} {application.ContactEmail}"),
            ],
            sections,
            new DocumentFooter(
                new DocumentField(texts.Get("Reply.Department"), facts.DepartmentName),
                new DocumentField(texts.Get("Reply.Date"), Day(date)),
                new DocumentField(texts.Get("Reply.VerificationCode"), stamp.VerificationCode),
                texts.Get("Reply.VerificationHint", "/portal/replies/" + stamp.VerificationCode)));
    }

    private string Applicant(OpenDataApplication application)
    {
        var type = texts.Get("Reply.ApplicantType." + application.ApplicantType);
        var number = application.IdentityNumber is null ? string.Empty
            : "，" + texts.Get("Reply.IdentityNumber." + application.ApplicantType, Masked(application));
        return $"{application.ApplicantName}（{type}{number}）";
    }

    // A reply may be shown to others: a citizen's ID number is masked, a credit code is public anyway.
    private static string Masked(OpenDataApplication application) =>
        application.ApplicantType == ApplicantType.Citizen ? ResidentIdNumber.Mask(application.IdentityNumber!) : application.IdentityNumber!;

    private static string Day(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
