using GovData.Domain.Identity;
using GovData.Domain.Workflows;
using GovData.Workflows;
using GovData.Workflows.Catalog;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Runtime;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Runtime;

/// <summary>A process is one module (decision 0017): registered with one line, checked when the app starts.</summary>
public sealed class ProcessModuleTests
{
    [Fact]
    public void ProductionModules_AreComplete_AndNameEveryRegisteredDefinition()
    {
        using var provider = Production().BuildServiceProvider();

        var processes = provider.GetRequiredService<WorkflowProcesses>();

        Assert.Equal(["CatalogReview", "Dispute", "OpenDataApplication", "RectificationOrder", "ShareRequest"], processes.All.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.IsType<ShareRequestSubjectHandler>(processes.Handler(ShareRequestWorkflowV1.DefinitionName));
        Assert.IsType<CatalogReviewSummary>(processes.Summary(CatalogReviewWorkflowV1.DefinitionName));
        Assert.Equal([1, 2], provider.GetRequiredService<WorkflowRegistry>().All.Where(d => d.Name == "CatalogReview").Select(d => d.Version));
    }

    [Fact]
    public void Validation_RefusesADefinitionWithoutAModule()
    {
        var services = Production();
        services.AddSingleton<WorkflowDefinition, LoneDefinition>();

        var error = Assert.Throws<InvalidOperationException>(() => services.BuildServiceProvider().GetRequiredService<WorkflowProcesses>());

        Assert.Contains("Lone/1 is registered without a process module", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_RefusesAModuleMissingAPiece_OrListingAnotherProcesssDefinition_OrAnUndeclaredArgument()
    {
        var services = Production();
        services.AddWorkflowProcess(new BrokenProcess());

        var error = Assert.Throws<InvalidOperationException>(() => services.BuildServiceProvider().GetRequiredService<WorkflowProcesses>());

        Assert.Contains("Broken: the subject handler must be a class implementing IWorkflowSubjectHandler", error.Message, StringComparison.Ordinal);
        Assert.Contains("Broken: lists Lone/1, a definition of another process", error.Message, StringComparison.Ordinal);
        Assert.Contains("Broken/1: argument note:Text:required is not declared", error.Message, StringComparison.Ordinal);
        Assert.Contains("Broken: no valid escalation ladder", error.Message, StringComparison.Ordinal);
        Assert.Contains("Broken: the subject route must be a path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_RefusesToStart_WithAnIncompleteProcess()
    {
        using var factory = new BrokenAppFactory();

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Workflow processes are incomplete", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PerProcessLadders_ConfigurationFirst_ThenTheProcesssOwn()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:ShareRequest:Escalation:Steps:0:Recipient"] = "BureauOfficers",
            ["Workflows:ShareRequest:Escalation:Steps:0:AfterWorkingDays"] = "2",
        }).Build();

        var settings = EscalationSettings.From(configuration, [new ShareRequestProcess(), new CatalogReviewProcess()]);

        Assert.Equal([(EscalationRecipient.BureauOfficers, 2)], settings.StepsFor("ShareRequest").Select(s => (s.Recipient, s.AfterWorkingDays)));
        Assert.Equal(
            [(EscalationRecipient.AssigneeDepartmentLead, 1), (EscalationRecipient.BureauOfficers, 3)],
            settings.StepsFor("CatalogReview").Select(s => (s.Recipient, s.AfterWorkingDays)));
        Assert.DoesNotContain(settings.StepsFor("CatalogReview"), s => s.Recipient is EscalationRecipient.ProviderApprovers or EscalationRecipient.ProviderDepartmentLead);
    }

    private static ServiceCollection Production()
    {
        var services = new ServiceCollection();
        services.AddGovDataWorkflows();
        return services;
    }

    private sealed class LoneDefinition() : WorkflowDefinition("Lone", 1, published: true)
    {
        protected override void Define(WorkflowBuilder builder)
        {
            builder.Initial("Open").AssignTo(Roles.Approver, DepartmentRelation.Provider);
            builder.Final("Done");
            builder.Transition("Finish", "Open", "Done").By(Roles.Approver, DepartmentRelation.Provider);
        }
    }

    private sealed class BrokenDefinition() : WorkflowDefinition("Broken", 1, published: true)
    {
        protected override void Define(WorkflowBuilder builder)
        {
            builder.Initial("Open").AssignTo(Roles.Approver, DepartmentRelation.Provider);
            builder.Final("Done");
            builder.Transition("Finish", "Open", "Done").By(Roles.Approver, DepartmentRelation.Provider).Requires("note");
        }
    }

    /// <summary>No handler, a definition of another process, an undeclared argument, no ladder, no route.</summary>
    public sealed class BrokenProcess : WorkflowProcess
    {
        public override string Name => "Broken";

        public override string SubjectType => "Broken";

        public override IReadOnlyList<WorkflowDefinition> Definitions { get; } = [new BrokenDefinition(), new LoneDefinition()];

        public override Type SubjectHandler => null!;

        public override Type Summary => typeof(ShareRequestSummary);

        public override Type ArgumentOptions => typeof(ShareRequestArgumentOptions);

        public override IReadOnlyList<WorkflowArgument> Arguments => [];

        public override IReadOnlyList<EscalationStep> Escalation => [];

        public override string TextResource => "WorkflowResource";

        public override string SubjectRoute => string.Empty;
    }

    /// <summary>The real app with one incomplete process added.</summary>
    private sealed class BrokenAppFactory : WebApplicationFactory<Program>
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "govdata-web-tests", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(_directory);
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:GovData", $"Data Source={Path.Combine(_directory, "govdata.db")}");
            builder.UseSetting("Jobs:SqliteStoragePath", Path.Combine(_directory, "govdata-jobs.db"));
            builder.UseSetting("Jobs:Enabled", "false");
            builder.UseSetting("Database:SeedDemoData", "false");
            builder.ConfigureTestServices(services => services.AddWorkflowProcess(new BrokenProcess()));
        }
    }
}
