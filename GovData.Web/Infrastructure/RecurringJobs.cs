using GovData.Workflows.Audit;
using GovData.Workflows.Catalog;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Mail;
using GovData.Workflows.Oversight.Proposals;
using Hangfire;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The recurring jobs, registered once the app is built (only when this process runs the Hangfire server). Every
/// schedule is reckoned in the jobs' time zone (Asia/Shanghai), not the server's.
/// </summary>
internal static class RecurringJobs
{
    public static WebApplication UseGovDataRecurringJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<JobsOptions>();
        if (jobs.Enabled)
        {
            Register(app.Services.GetRequiredService<IRecurringJobManager>(), jobs);
        }

        return app;
    }

    internal static void Register(IRecurringJobManager manager, JobsOptions jobs)
    {
        var options = new RecurringJobOptions { TimeZone = jobs.TimeZone() };
        manager.AddOrUpdate<NightlyAuditVerification>(
            NightlyAuditVerification.JobId,
            job => job.RunAsync(CancellationToken.None),
            NightlyAuditVerification.Cron,
            options);
        manager.AddOrUpdate<DeadlineSweep>(
            DeadlineSweep.JobId,
            job => job.RunAsync(CancellationToken.None),
            DeadlineSweep.Cron,
            options);
        manager.AddOrUpdate<DeliverOutboxEmails>(
            DeliverOutboxEmails.JobId,
            job => job.RunAsync(CancellationToken.None),
            DeliverOutboxEmails.Cron,
            options);
        manager.AddOrUpdate<NotifyStaleCatalog>(
            NotifyStaleCatalog.JobId,
            job => job.RunAsync(CancellationToken.None),
            NotifyStaleCatalog.Cron,
            options);
        manager.AddOrUpdate<ProposeRectifications>(
            ProposeRectifications.JobId,
            job => job.RunAsync(CancellationToken.None),
            ProposeRectifications.Cron,
            options);
    }
}
