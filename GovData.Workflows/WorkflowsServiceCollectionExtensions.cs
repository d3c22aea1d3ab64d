using GovData.Domain.Time;
using GovData.Workflows.Administration;
using GovData.Workflows.Audit;
using GovData.Workflows.Calendar;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using GovData.Workflows.Dashboard;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Disputes;
using GovData.Workflows.Documents;
using GovData.Workflows.Integration;
using GovData.Workflows.Notifications;
using GovData.Workflows.Oversight;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.Persistence;
using GovData.Workflows.Runtime;
using GovData.Workflows.Seeding;
using GovData.Workflows.Sharing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>The use cases, seeders and jobs of the application layer.</summary>
    public static IServiceCollection AddGovDataWorkflows(this IServiceCollection services)
    {
        services.AddGovDataUnitOfWork();
        services.TryAddSingleton<TimeProvider>(ChinaTimeProvider.Instance);
        services.AddScoped<CalendarSeeder>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddGovDataAdministration();
        services.AddScoped<ListDataResources>();
        services.AddScoped<GetDataResource>();
        services.AddGovDataCalendar();
        services.AddScoped<GetDashboard>();
        services.AddScoped<CountUnreadNotifications>();
        services.AddScoped<ListNotifications>();
        services.AddScoped<MarkNotificationRead>();
        services.AddScoped<MarkAllNotificationsRead>();
        services.AddScoped<SendNotification>();
        services.AddScoped<VerifyAuditChain>();
        services.AddScoped<SearchAuditLog>();
        services.AddScoped<GetLatestAuditVerification>();
        services.AddScoped<RecordSignInEvent>();
        services.AddScoped<NightlyAuditVerification>();
        services.AddGovDataWorkflowRuntime();
        services.AddGovDataDeadlines();
        services.AddGovDataSharing();
        services.AddGovDataDisputes();
        services.AddGovDataCatalogExcel();
        services.AddGovDataCatalog();
        services.AddGovDataIntegration();
        services.AddGovDataOversight();
        services.AddGovDataDocuments();
        services.AddGovDataOpenDataApplications();
        return services;
    }
}
