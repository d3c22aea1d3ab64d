using System.Globalization;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Web.Localization;
using GovData.Workflows.Disputes;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Disputes;

/// <summary>Roles, routes, labels, colours and error texts of the dispute pages.</summary>
internal static class DisputeText
{
    /// <summary>The bureau and both parties' speakers: who may open the dispute pages (the use cases scope what they see).</summary>
    public const string Roles =
        GovData.Domain.Identity.Roles.BureauOfficer + "," + GovData.Domain.Identity.Roles.SystemAdmin + ","
        + GovData.Domain.Identity.Roles.DepartmentLead + "," + GovData.Domain.Identity.Roles.Approver + ","
        + GovData.Domain.Identity.Roles.Requester;

    public const string ListRoute = "/disputes";
    public const string FileRoute = "/disputes/new";

    public static string DetailHref(int id) => string.Create(CultureInfo.InvariantCulture, $"/disputes/{id}");

    public static string FileHref(int? requestId, int? resourceId) => requestId is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"{FileRoute}?request={r}")
        : string.Create(CultureInfo.InvariantCulture, $"{FileRoute}?resource={resourceId}");

    public static string AttachmentHref(int id) => string.Create(CultureInfo.InvariantCulture, $"/disputes/attachments/{id}");

    public static string Ground(this IStringLocalizer<DisputeResource> l, DisputeGround ground) => l[$"Ground.{ground}"];

    public static string Side(this IStringLocalizer<DisputeResource> l, DisputeSide side) => l[$"Side.{side}"];

    public static string Outcome(this IStringLocalizer<DisputeResource> l, DisputeOutcome outcome) => l[$"Outcome.{outcome}"];

    public static string State(this IStringLocalizer<DisputeResource> l, string state)
    {
        var text = l[$"State.{state}"];
        return text.ResourceNotFound ? state : text.Value;
    }

    public static Color StateColor(string state) => state switch
    {
        DisputeWorkflowV1.Filed => Color.Info,
        DisputeWorkflowV1.Coordinating => Color.Primary,
        DisputeWorkflowV1.GrantOrdered => Color.Warning,
        DisputeWorkflowV1.Complied => Color.Success,
        DisputeWorkflowV1.RefusalUpheld or DisputeWorkflowV1.Declined => Color.Error,
        _ => Color.Default,
    };

    /// <summary>The message of a refused use case in the user's language.</summary>
    public static string Error(this IStringLocalizer<DisputeResource> l, DisputeResult result)
    {
        var key = result.ErrorKey ?? "Dispute.Error.Unknown";
        var arguments = result.Arguments.Select(a => a is DateOnly d ? CalendarDatesText(d) : a).ToArray();
        var text = l[key, arguments];
        return text.ResourceNotFound ? l["Dispute.Error.Unknown", key] : text;
    }

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.CurrentCulture, $"{Math.Max(1, bytes / 1024)} KB")
        : string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");

    public static async Task<UserContext> UserAsync(Task<AuthenticationState> state) => (await state).User.ToUserContext();

    private static string CalendarDatesText(DateOnly date) => Calendar.CalendarDates.Long(date);
}
