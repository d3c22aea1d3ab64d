using GovData.Workflows.Documents;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.OpenData.Applications;

public static class OpenDataApplicationsServiceCollectionExtensions
{
    /// <summary>Open-data applications (Art. 26): submission, the applicant's views and actions, the written reply, the
    /// lapse sweep and the process module. The reply's words come from an <see cref="IDocumentTexts"/> the host registers.</summary>
    public static IServiceCollection AddGovDataOpenDataApplications(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.AddGovDataDocuments();
        services.TryAddSingleton<OpenDataReplyComposer>();
        services.AddScoped<SubmitOpenDataApplication>();
        services.AddScoped<GetApplicationForm>();
        services.AddScoped<ListMyApplications>();
        services.AddScoped<GetMyApplication>();
        services.AddScoped<ActOnMyApplication>();
        services.AddScoped<GetReplyDocument>();
        services.AddScoped<LapseUnsuppliedApplications>();
        services.AddScoped<DownloadGrantedData>();
        services.AddWorkflowProcess<OpenDataApplicationProcess>();
        return services;
    }
}
