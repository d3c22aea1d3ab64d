using System.Globalization;
using GovData.Domain;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Time;
using GovData.Workflows.Calendar;
using GovData.Workflows.Documents;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>
/// The application's side of each change, inside the runtime's transaction: a decision is recorded on the application
/// (answered on the spot when made on the day of receipt without a request for material) and its written reply is
/// issued in the same transaction; a request for material sets the day by which it must be supplied (working days from
/// the shipped calendar); supplying, withdrawing, lapsing and cancelling are recorded. A rule broken here throws
/// <see cref="DomainRuleException"/>, which rolls the whole change back.
/// </summary>
public sealed class OpenDataApplicationSubjectHandler(
    TimeProvider time,
    WorkingDayCalendarProvider calendars,
    WorkflowSettings settings,
    IssueDocument issue,
    OpenDataReplyComposer composer) : IWorkflowSubjectHandler
{
    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var db = change.Db;
        var application = await FindAsync(db, change.Instance, cancellationToken) ?? throw SubjectMissing.For(change.Instance);
        var today = ChinaTime.Today(time);
        var onTheSpot = today == change.Instance.ReceivedOn && application.MaterialRequested is null;
        switch (change.Instance.State)
        {
            case OpenDataApplicationWorkflowV1.Granted:
            case OpenDataApplicationWorkflowV1.PartlyGranted:
                var useUntil = OpenDataApplicationArguments.UseUntil.DateIn(change.Arguments)
                    ?? throw new DomainRuleException(WorkflowResult.ArgumentRequiredKey, OpenDataApplicationArguments.UseUntil.Name);
                var partly = change.Instance.State == OpenDataApplicationWorkflowV1.PartlyGranted;
                var bases = partly ? await BasesAsync(db, change, cancellationToken) : [];
                application.Grant(
                    Ids(OpenDataApplicationArguments.GrantedItems.ListIn(change.Arguments), OpenDataApplicationErrors.GrantedItemNotWanted),
                    useUntil, today, onTheSpot, partly, change.Entry.Comment, bases);
                await ReplyAsync(db, application, change, cancellationToken);
                break;
            case OpenDataApplicationWorkflowV1.Refused:
                application.Refuse(change.Entry.Comment, await BasesAsync(db, change, cancellationToken), today, onTheSpot);
                await ReplyAsync(db, application, change, cancellationToken);
                break;
            case OpenDataApplicationWorkflowV1.AwaitingMaterial when change.Entry.Trigger == OpenDataApplicationWorkflowV1.RequestMaterial:
                var calendar = await calendars.GetAsync(cancellationToken);
                var days = settings.WorkingDays(DeadlinePolicy.FromSetting(
                    OpenDataApplicationWorkflowV1.MaterialWorkingDaysSetting, OpenDataApplicationWorkflowV1.DefaultMaterialWorkingDays))!.Value;
                application.RequestMaterial(change.Entry.Comment, calendar.AddWorkingDays(today, days));
                break;
            case OpenDataApplicationWorkflowV1.Submitted when change.Entry.Trigger == OpenDataApplicationWorkflowV1.Supply:
                application.Supply(change.Entry.Comment, today);
                break;
            case OpenDataApplicationWorkflowV1.Withdrawn:
                application.Close(ApplicationOutcome.Withdrawn);
                break;
            case OpenDataApplicationWorkflowV1.Lapsed:
                application.Close(ApplicationOutcome.Lapsed);
                break;
            case OpenDataApplicationWorkflowV1.Cancelled:
                application.Close(ApplicationOutcome.Cancelled);
                break;
        }
    }

    /// <summary>Lapse only once the day to supply the material has passed (the sweep fires it; an approver may too).</summary>
    public async Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Trigger.Trigger != OpenDataApplicationWorkflowV1.Lapse)
        {
            return true;
        }

        var application = await FindAsync(query.Db, query.Instance, cancellationToken);
        return application?.MaterialDueOn is { } due && due < ChinaTime.Today(time);
    }

    internal static async Task<OpenDataApplication?> FindAsync(GovDataDbContext db, Domain.Workflows.WorkflowInstance instance, CancellationToken cancellationToken) =>
        instance.SubjectType == SubmitOpenDataApplication.SubjectType
        && int.TryParse(instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await db.OpenDataApplications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;

    private static async Task<List<int>> BasesAsync(GovDataDbContext db, WorkflowChange change, CancellationToken cancellationToken)
    {
        var ids = Ids(OpenDataApplicationArguments.LegalBases.ListIn(change.Arguments), OpenDataApplicationErrors.LegalBasisUnknown);
        var known = await db.LegalBases.Where(b => ids.Contains(b.Id) && b.RetiredAt == null).Select(b => b.Id).ToListAsync(cancellationToken);
        if (ids.FirstOrDefault(id => !known.Contains(id)) is var unknown and not 0)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.LegalBasisUnknown, unknown);
        }

        return ids;
    }

    private async Task ReplyAsync(GovDataDbContext db, OpenDataApplication application, WorkflowChange change, CancellationToken cancellationToken)
    {
        var entry = await db.DataResources.SingleAsync(r => r.Id == application.DataResourceId, cancellationToken);
        var wanted = application.Wanted();
        var items = await db.DataItems.Where(i => wanted.Contains(i.Id)).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var baseIds = application.RefusalBases();
        var bases = await db.LegalBases.Where(b => baseIds.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var department = await db.Departments.Where(d => d.Id == change.Instance.ProviderDepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        var facts = new ReplyFacts(application, entry, items, bases, department);
        var document = await issue.ExecuteAsync(
            db,
            new DocumentRequest(
                OpenDataReplyComposer.Kind, composer.NumberFormat, SubmitOpenDataApplication.SubjectType, application.Id,
                composer.Title + " · " + entry.Name, change.Instance.ProviderDepartmentId, change.Actor.UserId,
                stamp => composer.Compose(facts, stamp)),
            cancellationToken);
        application.AttachReply(document.Id);
    }

    private static List<int> Ids(IReadOnlyList<string> lines, string errorKey)
    {
        List<int> ids = [];
        foreach (var line in lines)
        {
            if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                throw new DomainRuleException(errorKey, line);
            }

            ids.Add(id);
        }

        return ids;
    }
}
