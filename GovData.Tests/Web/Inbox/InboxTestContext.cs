using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Tests.Workflows.Runtime;
using GovData.Workflows.Identity;
using GovData.Workflows.Inbox;
using GovData.Workflows.Runtime;
using GovData.Workflows.Runtime.Queries;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace GovData.Tests.Web.Inbox;

/// <summary>bUnit for the inbox and instance pages over the runtime fixture's SQLite database and fake clock.</summary>
public abstract class InboxTestContext : BunitContext, IAsyncLifetime
{
    protected static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);

    protected InboxTestContext(RuntimeFixture fixture)
    {
        Fixture = fixture;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(fixture.Get<WorkflowRegistry>());
        Services.AddSingleton(fixture.Get<GetInbox>());
        Services.AddSingleton(fixture.Get<GetWorkflowInstance>());
        Services.AddSingleton(fixture.Get<FireTrigger>());
        Services.AddSingleton(fixture.Get<GetArgumentOptions>());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected RuntimeFixture Fixture { get; }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services dispose only asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected async Task SignInAsync(string email, string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var user = await Fixture.UserAsync(email);
        var auth = AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles([.. user.Roles]);
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(GovDataClaims.DepartmentId, user.DepartmentId!.Value.ToString(CultureInfo.InvariantCulture)),
            new Claim(GovDataClaims.DepartmentIsDataBureau, user.DepartmentIsDataBureau ? "true" : "false"));
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
    }
}
