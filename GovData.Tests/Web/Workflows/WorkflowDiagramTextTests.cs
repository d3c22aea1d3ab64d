using System.Globalization;
using GovData.Web.Components.Pages.Workflows;
using GovData.Web.Localization;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace GovData.Tests.Web.Workflows;

public sealed class WorkflowDiagramTextTests
{
    private const string Mermaid = "stateDiagram-v2\n\tSubmitted --> Submitted : Reassign\n\tSubmitted --> Approved : Approve [Approver@Provider]\n";

    [Fact]
    public void Localize_NamesStatesAndTriggersInChinese_AndLeavesOutSelfLoops()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var l = services.GetRequiredService<IStringLocalizer<WorkflowResource>>();
        var diagram = new WorkflowDiagram(Mermaid, [new DiagramState("Submitted", false, true, true), new DiagramState("Approved", true, false, false)]);

        var text = WorkflowDiagramText.Localize(diagram, l);

        Assert.Contains("state \"待审核\" as Submitted", text, StringComparison.Ordinal);
        Assert.Contains("Submitted --> Approved : 同意", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Submitted --> Submitted", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Approver@Provider", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Transitions_MovingOnesFirst_ThenThoseThatKeepTheState_EachOnce()
    {
        var diagram = new WorkflowDiagram(Mermaid + "\tSubmitted --> Submitted : SetDeadline\n\tSubmitted --> Approved : Approve\n", []);

        var transitions = WorkflowDiagramText.Transitions(diagram);

        Assert.Equal([("Approve", false), ("Reassign", true), ("SetDeadline", true)], transitions);
    }
}
