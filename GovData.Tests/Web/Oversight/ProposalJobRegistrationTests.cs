using GovData.Domain.Time;
using GovData.Web.Infrastructure;
using GovData.Workflows.Oversight.Proposals;
using Hangfire;
using Hangfire.Common;

namespace GovData.Tests.Web.Oversight;

public sealed class ProposalJobRegistrationTests
{
    [Fact]
    public void Register_OversightProposals_DailyAtHalfPastSevenInShanghai()
    {
        var manager = new RecordingManager();

        RecurringJobs.Register(manager, new JobsOptions());

        var (_, job, cron, options) = Assert.Single(manager.Added, a => a.Id == "oversight-proposals");
        Assert.Equal("30 7 * * *", cron);
        Assert.Equal(ChinaTime.Zone, options.TimeZone);
        Assert.Equal(typeof(ProposeRectifications), job.Type);
        Assert.Equal(nameof(ProposeRectifications.RunAsync), job.Method.Name);
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
