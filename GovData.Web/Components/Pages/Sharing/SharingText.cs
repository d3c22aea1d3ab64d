using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Domain.Sharing;
using GovData.Web.Localization;
using GovData.Workflows.Identity;
using GovData.Workflows.Sharing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Sharing;

/// <summary>Labels, colours, error texts and roles of the sharing pages.</summary>
internal static class SharingText
{
    /// <summary>Staff of departments and the bureau: the sharing catalog and grant lists.</summary>
    public const string StaffRoles = Roles.StaffList;

    /// <summary>Who asks for data on behalf of a department.</summary>
    public const string RequesterRoles = Roles.Requester + "," + Roles.DepartmentLead;

    /// <summary>The date pickers' pattern: 2025年10月10日 / 10 Oct 2025.</summary>
    public static string DatePattern =>
        System.Globalization.CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh" ? Shared.DateDisplay.ChineseDate : Shared.DateDisplay.EnglishDate;

    public static string Label(this IStringLocalizer<SharingResource> l, ShareType value) => l[$"ShareType.{value}"];

    public static string Label(this IStringLocalizer<SharingResource> l, ShareGrantOrigin value) => l[$"Origin.{value}"];

    public static string State(this IStringLocalizer<SharingResource> l, string? state) =>
        state is null ? "—" : l[$"State.{state}"].ResourceNotFound ? state : l[$"State.{state}"];

    /// <summary>The message of a refused use case in the user's language.</summary>
    public static string Error(this IStringLocalizer<SharingResource> l, SharingResult result)
    {
        var key = result.ErrorKey ?? "Sharing.Error.Unknown";
        var text = l[key, [.. result.Arguments]];
        return text.ResourceNotFound ? l["Sharing.Error.Unknown", key] : text;
    }

    public static Color StateColor(string? state) => state switch
    {
        "Approved" => Color.Success,
        "Refused" => Color.Error,
        "Submitted" => Color.Info,
        _ => Color.Default,
    };

    public static async Task<UserContext> UserAsync(Task<AuthenticationState> state) => (await state).User.ToUserContext();
}
