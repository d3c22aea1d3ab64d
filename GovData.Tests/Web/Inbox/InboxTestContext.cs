using System.Globalization;
using System.Security.Claims;
using Bunit;
using GovData.Tests.Support;
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
public abstract class InboxTestContext : GovDataBunitContext
{
    protected InboxTestContext(RuntimeFixture fixture)
    {
        Fixture = fixture;
        Services.AddSingleton(fixture.Get<WorkflowRegistry>());
        Services.AddSingleton(fixture.Get<GetInbox>());
        Services.AddSingleton(fixture.Get<GetWorkflowInstance>());
        Services.AddSingleton(fixture.Get<FireTrigger>());
        Services.AddSingleton(fixture.Get<WorkflowProcesses>());
        Services.AddSingleton<GovData.Web.Localization.WorkflowLocalizers>();
        Services.AddSingleton(fixture.Get<GetArgumentOptions>());
    }

    protected RuntimeFixture Fixture { get; }

    protected async Task SignInAsync(string email, string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        SignIn(await Fixture.UserAsync(email));
    }
}
