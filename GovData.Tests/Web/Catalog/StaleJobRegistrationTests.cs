using GovData.Domain.Time;
using GovData.Web.Infrastructure;
using GovData.Workflows.Catalog;
using Hangfire;
using Hangfire.Common;

namespace GovData.Tests.Web.Catalog;

public sealed class StaleJobRegistrationTests
{
    [Fact]
    public void Register_CatalogStaleness_DailyAtEightInShanghai()
    {
        var manager = new RecordingManager();

        RecurringJobs.Register(manager, new JobsOptions());

        var (_, job, cron, options) = Assert.Single(manager.Added, a => a.Id == "catalog-staleness");
        Assert.Equal("0 8 * * *", cron);
        Assert.Equal(ChinaTime.Zone, options.TimeZone);
        Assert.Equal(typeof(NotifyStaleCatalog), job.Type);
        Assert.Equal(nameof(NotifyStaleCatalog.RunAsync), job.Method.Name);
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
