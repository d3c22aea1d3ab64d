using GovData.Workflows.Oversight.Criticisms;
using GovData.Workflows.Oversight.Orders;
using GovData.Workflows.Oversight.Proposals;
using GovData.Workflows.Runtime;
using GovData.Workflows.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Oversight;

public static class OversightServiceCollectionExtensions
{
    /// <summary>Bureau oversight (Art. 34): violations found in the data and proposed to the bureau, rectification orders
    /// (one process module), public criticisms of orders not corrected in time, disciplinary referrals.</summary>
    public static IServiceCollection AddGovDataOversight(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.TryAddTransient(provider => ProposalSettings.From(provider.GetService<IConfiguration>()));
        services.AddViolationDetector<StaleCatalogDetector>();
        services.AddViolationDetector<LateShareReplyDetector>();
        services.AddScoped<ProposeRectifications>();
        services.AddScoped<ListProposals>();
        services.AddWorkflowProcess<RectificationOrderProcess>();
        services.AddScoped<IssueRectificationOrder>();
        services.AddScoped<DismissProposal>();
        services.AddScoped<ListOrders>();
        services.AddScoped<GetOrder>();
        services.AddScoped<RecordReferral>();
        services.AddScoped<DraftOverdueCriticisms>();
        services.AddScoped<ChangeCriticism>();
        services.AddScoped<ListCriticisms>();
        services.AddScoped<ListOverseenDepartments>();
        services.AddScoped<OversightDemoSeeder>();
        return services;
    }

    /// <summary>Adds a detector to the daily proposal job (once, however often it is called).</summary>
    public static IServiceCollection AddViolationDetector<T>(this IServiceCollection services)
        where T : class, IViolationDetector
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IViolationDetector, T>());
        return services;
    }
}
