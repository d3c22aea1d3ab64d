using GovData.Domain.OpenData.Applications;
using GovData.Domain.Workflows;
using GovData.Web.Localization;
using GovData.Workflows.Identity;
using GovData.Workflows.OpenData.Applications;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Portal.Applications;

/// <summary>What the application pages share: the user, state chips, a violation's message.</summary>
internal static class ApplicationText
{
    public const string ApplicantRole = Domain.Identity.Roles.Applicant;

    public static async Task<Domain.Identity.UserContext> UserAsync(Task<AuthenticationState> state) => (await state).User.ToUserContext();

    public static Color StateColor(string state) => state switch
    {
        OpenDataApplicationWorkflowV1.Granted => Color.Success,
        OpenDataApplicationWorkflowV1.PartlyGranted => Color.Success,
        OpenDataApplicationWorkflowV1.Refused or OpenDataApplicationWorkflowV1.Lapsed => Color.Error,
        OpenDataApplicationWorkflowV1.AwaitingMaterial => Color.Warning,
        OpenDataApplicationWorkflowV1.Submitted => Color.Info,
        _ => Color.Default,
    };

    public static string State(this IStringLocalizer<WorkflowResource> w, string state) => w["Workflow.State." + state];

    public static string Message(this IStringLocalizer<OpenDataApplicationResource> l, FormViolation violation) =>
        l[violation.Key, violation.Arguments];
}
