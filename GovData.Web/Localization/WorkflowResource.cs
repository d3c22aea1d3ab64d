namespace GovData.Web.Localization;

/// <summary>Texts of the workflow runtime: process, state, trigger and argument names, and the results of firing a
/// trigger (keys of GovData.Workflows.Runtime.WorkflowResult).</summary>
public sealed class WorkflowResource;
