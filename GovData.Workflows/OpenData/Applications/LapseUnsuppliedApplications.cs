using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Domain.Time;
using GovData.Domain.Workflows;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>
/// The daily sweep of applications waiting for supplementary material: one whose last day to supply it has passed is
/// closed (Lapse), through the ordinary trigger path (guard, journal, notification to the applicant, revision check) —
/// fired for the system in the role of the provider's approver, the only actor the definition allows. Safe to run
/// twice: a lapsed application is closed and no longer read; a concurrent decision wins and the sweep skips it.
/// </summary>
public sealed class LapseUnsuppliedApplications(IDbContextFactory<GovDataDbContext> contexts, FireTrigger fire, TimeProvider time)
{
    public const string JobId = "open-data-applications-lapse";

    /// <summary>Every day at 00:20 China time, after the day has turned.</summary>
    public const string Cron = "20 0 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        List<(long Instance, int Provider)> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = (await (
                from application in db.OpenDataApplications.AsNoTracking()
                join instance in db.WorkflowInstances.AsNoTracking() on application.WorkflowInstanceId equals instance.Id
                where application.MaterialDueOn != null && application.MaterialDueOn < today
                    && instance.ClosedAtUtc == null && instance.State == OpenDataApplicationWorkflowV1.AwaitingMaterial
                select new { instance.Id, instance.ProviderDepartmentId }).ToListAsync(cancellationToken))
                .Select(x => (x.Id, x.ProviderDepartmentId)).ToList();
        }

        var lapsed = 0;
        foreach (var (instance, provider) in due)
        {
            var result = await fire.ExecuteAsync(new FireTriggerRequest(instance, OpenDataApplicationWorkflowV1.Lapse), SystemApprover(provider), cancellationToken);
            lapsed += result.Succeeded ? 1 : 0;
        }

        return lapsed;
    }

    private static UserContext SystemApprover(int provider) =>
        new(string.Empty, WorkflowJournalEntry.SystemActor, provider, false, new HashSet<string>(StringComparer.Ordinal) { Roles.Approver });
}
