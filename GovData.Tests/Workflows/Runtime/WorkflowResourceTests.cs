using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GovData.Web.Localization;
using GovData.Workflows;
using GovData.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Runtime;

public sealed partial class WorkflowResourceTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void WorkflowResource_EveryKeyHasChineseAndEnglish_WithTheSamePlaceholders()
    {
        var chinese = Entries(typeof(WorkflowResource), CultureInfo.InvariantCulture);
        var english = Entries(typeof(WorkflowResource), English);

        Assert.Equal(chinese.Keys.Order(), english.Keys.Order());
        Assert.All(chinese, e => Assert.Equal(Placeholders(e.Value), Placeholders(english[e.Key])));
        Assert.All(english, e => Assert.DoesNotMatch(ChinesePattern(), e.Value));
    }

    [Fact]
    public void EveryKeyTheRuntimeProduces_HasAText()
    {
        var texts = Entries(typeof(WorkflowResource), CultureInfo.InvariantCulture);
        var notifications = Entries(typeof(NotificationResource), CultureInfo.InvariantCulture);
        var registry = ProductionRegistry();
        var resultKeys = typeof(WorkflowResult).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!);
        IEnumerable<string> keys =
        [
            .. resultKeys,
            .. registry.All.Select(d => $"Workflow.Definition.{d.Name}"),
            .. registry.All.SelectMany(d => d.Shape.States).Select(s => $"Workflow.State.{s.Name}"),
            .. registry.All.SelectMany(d => d.Shape.Triggers).Select(t => $"Workflow.Trigger.{t.Trigger}"),
            .. registry.All.SelectMany(d => d.Shape.Triggers).SelectMany(t => t.Arguments).Select(a => $"Workflow.Argument.{a.Name}"),
            $"Workflow.Trigger.{StartWorkflow.StartTrigger}",
            $"Workflow.Trigger.{RecomputeDeadlinesOnCalendarChange.Trigger}",
        ];
        var notificationKeys = registry.All.SelectMany(d => d.Shape.States.Select(s => WorkflowSteps.NotificationKey(d.Name, s.Name)));

        var missing = keys.Distinct().Where(k => !texts.ContainsKey(k))
            .Concat(notificationKeys.Where(k => !notifications.ContainsKey(k)))
            .ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void AlreadyChanged_NamesWhoAndWhen_InEachLanguage()
    {
        var when = new DateTime(2025, 10, 10, 14, 5, 0);
        object[] arguments = ["赵审核人", when, "Refuse", "Refused"];

        var chinese = string.Format(CultureInfo.GetCultureInfo("zh-CN"), Entries(typeof(WorkflowResource), CultureInfo.InvariantCulture)[WorkflowResult.AlreadyChangedKey], arguments);
        var english = string.Format(English, Entries(typeof(WorkflowResource), English)[WorkflowResult.AlreadyChangedKey], arguments);

        Assert.StartsWith("赵审核人 已于 2025年10月10日 14:05", chinese, StringComparison.Ordinal);
        Assert.Contains("on 10 Oct 2025 14:05", english, StringComparison.Ordinal);
    }

    private static WorkflowRegistry ProductionRegistry()
    {
        var services = new ServiceCollection();
        services.AddGovDataWorkflows();
        using var provider = services.BuildServiceProvider();
        return new WorkflowRegistry(provider.GetServices<WorkflowDefinition>());
    }

    private static Dictionary<string, string> Entries(Type resource, CultureInfo culture)
    {
        var set = new ResourceManager(resource).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"{resource.Name} has no resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static List<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex ChinesePattern();
}
