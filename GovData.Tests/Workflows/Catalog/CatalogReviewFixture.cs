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
public sealed class CatalogReviewFixture : SeededServicesFixture
{
    protected override DateTime ChinaStart => new(2026, 1, 12, 10, 0, 0);

    /// <summary>Arm it to make the next Submit step of a catalog review fail like a crashed process.</summary>
    public SubmitCrash Crash { get; } = new();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddGovDataSharing();
        services.AddGovDataCatalog();
        services.AddSingleton<IWorkflowSubjectHandler>(Crash);
    }

    public async Task<DataResource> ResourceAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.DataResources.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Code == ResourceCode.Parse(code));
    }
}

/// <summary>A subject handler that throws once, inside the Submit transaction, when armed (not a rule: an outage).</summary>
public sealed class SubmitCrash : IWorkflowSubjectHandler
{
    public bool Armed { get; set; }

    public string DefinitionName => CatalogReviewWorkflowV1.DefinitionName;

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
