using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>One seeded SQLite database with the runtime and the catalog use cases; the clock stands on 12 Jan 2026.</summary>
public class CatalogReviewFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2026, 1, 12, 10, 0, 0);

    /// <summary>Arm it to make the next Submit step of a catalog review fail like a crashed process.</summary>
    public SubmitCrash Crash { get; } = new();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddGovDataSharing();
        services.AddGovDataCatalog();
        // The crash wraps the real handler (last keyed registration wins).
        services.AddKeyedTransient<IWorkflowSubjectHandler>(
            CatalogReviewWorkflowV1.DefinitionName, (sp, _) => new CatalogReviewWithCrash(sp.GetRequiredService<TimeProvider>(), Crash));
    }

    public async Task<DataResource> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Code == ResourceCode.Parse(code));
    }
}

/// <summary>The catalog review's handler, then the crash.</summary>
public sealed class CatalogReviewWithCrash(TimeProvider time, SubmitCrash crash) : IWorkflowSubjectHandler
{
    private readonly CatalogReviewSubjectHandler _inner = new(time);

    public async Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        await _inner.OnChangedAsync(change, cancellationToken);
        await crash.OnChangedAsync(change, cancellationToken);
    }

    public Task<bool> AllowsAsync(SubjectGuardQuery query, CancellationToken cancellationToken) => _inner.AllowsAsync(query, cancellationToken);
}

/// <summary>Throws once, inside the Submit transaction, when armed (not a rule: an outage).</summary>
public sealed class SubmitCrash
{
    public bool Armed { get; set; }

    public Task OnChangedAsync(WorkflowChange change, CancellationToken cancellationToken)
    {
        if (Armed && change.Entry.Trigger == CatalogReviewWorkflowV1.Submit)
        {
            Armed = false;
            throw new InvalidOperationException("Simulated crash between starting the review and submitting it.");
        }

        return Task.CompletedTask;
    }
}

/// <summary>The same fixture on PostgreSQL (decision 0030).</summary>
public sealed class PostgreSqlCatalogReviewFixture : CatalogReviewFixture
{
    public override TestProvider Provider => TestProvider.PostgreSql;
}
