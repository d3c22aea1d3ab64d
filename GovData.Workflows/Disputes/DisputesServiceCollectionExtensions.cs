using GovData.Workflows.Documents;
using GovData.Workflows.Oversight;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Disputes;

public static class DisputesServiceCollectionExtensions
{
    /// <summary>Disputes (Art. 21): filing, statements, meetings, the decision's extension, the lists, and the process.</summary>
    public static IServiceCollection AddGovDataDisputes(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.TryAddSingleton<DisputeSettings>();
        services.TryAddSingleton<DisputeNotifier>();
        services.AddGovDataDocuments();
        services.TryAddSingleton<IDisputeDecisionTexts, KeyDisputeDecisionTexts>();
        services.TryAddSingleton<DisputeDecisionDocument>();
        services.AddScoped<FileDispute>();
        services.AddScoped<SubmitDisputeStatement>();
        services.AddScoped<RecordDisputeMeeting>();
        services.AddScoped<ExtendDisputeDecision>();
        services.AddScoped<ListDisputes>();
        services.AddScoped<GetDispute>();
        services.AddScoped<GetDisputeAttachment>();
        services.AddScoped<ListSubjectDisputes>();
        services.AddScoped<GetDisputeFiling>();
        services.AddScoped<GetDisputeDecisionDocument>();
        services.AddScoped<DisputeDemoSeeder>();
        services.AddWorkflowProcess<DisputeProcess>();
        services.AddViolationDetector<OrderedGrantNotIssuedDetector>();
        return services;
    }
}
