using GovData.Domain.Time;
using GovData.Web.Infrastructure;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Mail;
using Hangfire;
using Hangfire.Common;

namespace GovData.Tests.Web.Deadlines;

public sealed class DeadlineJobsRegistrationTests
{
    [Theory]
    [InlineData(DeadlineSweep.JobId, typeof(DeadlineSweep))]
    [InlineData(DeliverOutboxEmails.JobId, typeof(DeliverOutboxEmails))]
    public void Register_SweepAndDelivery_EveryMinuteInShanghai(string jobId, Type type)
    {
        var manager = new RecordingManager();

        RecurringJobs.Register(manager, new JobsOptions());

        var (_, job, cron, options) = Assert.Single(manager.Added, a => a.Id == jobId);
        Assert.Equal("* * * * *", cron);
        Assert.Equal(ChinaTime.Zone, options.TimeZone);
        Assert.Equal(type, job.Type);
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
