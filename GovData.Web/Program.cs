using GovData.Web.Components;
using GovData.Web.Components.Account;
using GovData.Web.Components.Shared;
using GovData.Web.Endpoints;
using GovData.Web.Identity;
using GovData.Web.Endpoints.OpenData;
using GovData.Web.Infrastructure;
using GovData.Web.Localization;
using GovData.Workflows;
using GovData.Workflows.Nodes;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Persistence;
using MudBlazor;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
var settingsRoot = RootAppSettings.Use(builder.Configuration);

// Settings the SystemAdmin changed on /admin/settings, read from the database after the migrations (decision 0029).
var storedSettings = new GovData.Workflows.Administration.Settings.StoredSettingsConfiguration();
((IConfigurationBuilder)builder.Configuration).Add(storedSettings);
builder.Services.AddSingleton(storedSettings);
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
// MudBlazor's built-in texts (e.g. "Required") in the user's language.
builder.Services.AddTransient<MudLocalizer, GovDataMudLocalizer>();
builder.Services.AddProblemDetails();
builder.Services.AddGovDataLocalization();
builder.Services.AddGovDataPersistence(builder.Configuration, settingsRoot);
builder.Services.AddGovDataWorkflows();
builder.Services.AddGovDataDatasets(builder.Configuration, settingsRoot);
builder.Services.AddOpenCatalogCaching(builder.Configuration);
builder.Services.AddOpenDataCors();
builder.Services.AddSingleton<GovData.Workflows.Mail.IMailTextRenderer, GovData.Web.Localization.NotificationResourceMailRenderer>();
builder.Services.AddSingleton<GovData.Workflows.Documents.IDocumentTexts, GovData.Web.Localization.DocumentResourceTexts>();
builder.Services.AddGovDataIdentity(builder.Configuration);
builder.Services.AddGovDataApiKeyAuthentication();
builder.Services.AddGovDataDataProtection(builder.Configuration, settingsRoot);
builder.Services.AddGovDataShell();
builder.Services.AddGovDataJobs(builder.Configuration, settingsRoot);
// Several nodes (decision 0031): the bell's Redis backplane when Redis:Configuration is set, health endpoints.
builder.Services.AddGovDataNodes(builder.Configuration);
builder.Services.AddGovDataHealthChecks(builder.Configuration);
builder.Services.AddGovDataSecurityHeaders(builder.Configuration);
// Browser tests only: never in Production (decision 0027).
builder.Services.AddGovDataTestClock(builder.Configuration, builder.Environment);

var app = builder.Build();

// Every process module is complete and its texts exist, or the app does not start (decision 0017).
app.Services.GetRequiredService<WorkflowLocalizers>();

try
{
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
catch (GovData.Workflows.Administration.BootstrapException refused)
{
    // A first start without (or with wrong) Bootstrap settings: say what to set, not a stack trace.
    await Console.Error.WriteLineAsync("GovData cannot start: " + refused.Message);
    return 1;
}
app.UseGovDataRecurringJobs();

// First, so every answer (error pages and problems included) is in the caller's language and carries the headers.
app.UseRequestLocalization();
app.UseGovDataSecurityHeaders();

// Only endpoints that carry the open-data policy (RequireCors) answer CORS; preflights end here.
app.UseCors();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseGovDataBadRequestProblems();
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseGovDataApiProblems();
app.UseAuthentication();
app.UseGovDataForcedPasswordChange();
app.UseAuthorization();
app.UseAntiforgery();
app.UseOutputCache();

app.MapStaticAssets().AllowOpenApiFromAnyOrigin();
app.MapGovDataHealthChecks();
app.MapGovDataJobsDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAdditionalIdentityEndpoints();
app.MapSingleSignOnEndpoints();
app.MapCalendarEndpoints();
app.MapAdminEndpoints();
app.MapCatalogApiEndpoints();
app.MapCatalogExportEndpoints();
app.MapCatalogImportEndpoints();
app.MapCultureEndpoints();
app.MapDatasetDownloadEndpoints();
app.MapDatasetUploadEndpoints();
app.MapDcatEndpoints();
app.MapCkanEndpoints();
app.MapOpenDataApplicationEndpoints();
app.MapDisputeEndpoints();
app.MapTestClockEndpoint();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
