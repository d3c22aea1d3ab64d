namespace GovData.Web.Components.Pages.Workflows;

/// <summary>What the action dialog collected: the trigger's arguments and an optional comment.</summary>
public sealed record WorkflowActionInput(IReadOnlyDictionary<string, string> Arguments, string? Comment);
