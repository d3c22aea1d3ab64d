using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Workflows.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>The SystemAdmin's use cases: first start, departments, people and roles.</summary>
    public static IServiceCollection AddGovDataAdministration(this IServiceCollection services)
    {
        services.AddScoped<BootstrapFirstAdmin>();
        services.AddScoped<ListDepartments>();
        services.AddScoped<CreateDepartment>();
        services.AddScoped<RenameDepartment>();
        services.AddScoped<PreviewDepartmentMove>();
        services.AddScoped<MoveDepartment>();
        services.AddScoped<DeactivateDepartment>();
        services.AddScoped<ListUsers>();
        services.AddScoped<CreateUser>();
        services.AddScoped<ChangeUserRoles>();
        services.AddScoped<DeactivateUser>();
        services.AddScoped<ReactivateUser>();
        services.AddScoped<UnlockUser>();
        services.AddScoped<ResetUserPassword>();
        services.AddScoped<ListOrphanedItems>();
        services.AddScoped<HandOverItem>();
        services.AddScoped<SetUserExternalId>();
        services.AddScoped<ImportUsers>();
        services.AddScoped<RecordDepartmentSecurity>();
        // Read per scope (a page, a job run): a change on the settings page applies without a restart.
        services.TryAddScoped(sp => SecurityReviewOptions.Read(sp.GetService<IConfiguration>()));
        services.AddScoped<RemindSecurityReview>();
        services.TryAddSingleton<Settings.StoredSettingsConfiguration>();
        services.AddScoped<Settings.LoadStoredSettings>();
        services.AddScoped<Settings.ProcessSettingCatalog>();
        services.AddScoped<Settings.ListProcessSettings>();
        services.AddScoped<Settings.ChangeProcessSetting>();
        services.AddScoped<LegalBases.ListLegalBasisRegister>();
        services.AddScoped<LegalBases.SaveLegalBasis>();
        services.AddScoped<LegalBases.ChangeLegalBasisStanding>();
        services.AddScoped<EmergencyPlans.StoreEmergencyPlan>();
        services.AddScoped<EmergencyPlans.ListEmergencyPlans>();
        services.AddScoped<EmergencyPlans.GetEmergencyPlanFile>();
        return services;
    }
}
