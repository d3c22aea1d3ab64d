using GovData.Domain.Time;
using GovData.Web.Infrastructure;
using GovData.Workflows.Audit;
using Hangfire;
using Hangfire.Common;

namespace GovData.Tests.Web.Audit;

public sealed class RecurringJobsTests
{
    [Fact]
    public void Register_AuditVerification_NightlyAt0200Shanghai()
    {
        var manager = new RecordingManager();

        RecurringJobs.Register(manager, new JobsOptions());

        var (id, job, cron, options) = Assert.Single(manager.Added, a => a.Id == NightlyAuditVerification.JobId);
        Assert.Equal(NightlyAuditVerification.JobId, id);
        Assert.Equal("0 2 * * *", cron);
        Assert.Equal(ChinaTime.Zone, options.TimeZone);
        Assert.Equal(typeof(NightlyAuditVerification), job.Type);
        Assert.Equal(nameof(NightlyAuditVerification.RunAsync), job.Method.Name);
    }

    [Fact]
    public void Register_Twice_UpdatesTheSameJobId()
    {
        var manager = new RecordingManager();

        RecurringJobs.Register(manager, new JobsOptions());
        RecurringJobs.Register(manager, new JobsOptions());

        var ids = manager.Added.Select(a => a.Id).Distinct().ToList();
        Assert.Equal(2 * ids.Count, manager.Added.Count);
        Assert.Equal(2, manager.Added.Count(a => a.Id == NightlyAuditVerification.JobId));
    }

    private sealed class RecordingManager : IRecurringJobManager
    {
        public List<(string Id, Job Job, string Cron, RecurringJobOptions Options)> Added { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) =>
            Added.Add((recurringJobId, job, cronExpression, options));

        public void Trigger(string recurringJobId) => throw new NotSupportedException();

        public void RemoveIfExists(string recurringJobId) => throw new NotSupportedException();
    }
}
