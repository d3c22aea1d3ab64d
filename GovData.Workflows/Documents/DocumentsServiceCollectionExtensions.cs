using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>The PDF renderer, issuing and verification of documents; safe to call from several features.</summary>
    public static IServiceCollection AddGovDataDocuments(this IServiceCollection services)
    {
        services.TryAddSingleton<PdfDocumentRenderer>();
        services.TryAddSingleton<IssueDocument>();
        services.TryAddSingleton<VerifyIssuedDocument>();
        return services;
    }
}
