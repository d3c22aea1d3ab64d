using System.Globalization;
using GovData.Domain.Audit;
using GovData.Domain.Time;
using GovData.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Admin.Audit;

/// <summary>How the audit page names actions, objects and actors and writes times (Asia/Shanghai, per culture).</summary>
internal static class AuditText
{
    public static string Time(this IStringLocalizer<AuditResource> l, DateTime utc) =>
        ChinaTime.ToChinaTime(utc).ToString(l["Format.DateTime"], CultureInfo.CurrentCulture);

    public static string Action(this IStringLocalizer<AuditResource> l, string action) => OrRaw(l, "Action." + action, action);

    public static string Entity(this IStringLocalizer<AuditResource> l, string entityType) => OrRaw(l, "Entity." + entityType, entityType);

    public static string Actor(this IStringLocalizer<AuditResource> l, string? userName) =>
        userName is AuditActors.System or AuditActors.Anonymous ? l["Actor." + userName] : userName ?? string.Empty;

    /// <summary>A field in the user's language (Field.{name}); a property without a label keeps its model name. The
    /// first letter's case does not matter: sign-in rows write "userName", Identity's user rows "UserName".</summary>
    public static string Field(this IStringLocalizer<AuditResource> l, string field)
    {
        var text = l["Field." + field];
        if (!text.ResourceNotFound || string.IsNullOrEmpty(field))
        {
            return text.Value;
        }

        var first = field[0];
        var other = char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first);
        return OrRaw(l, "Field." + other + field[1..], field);
    }

    /// <summary>Sign-in failure reasons are stored as enum names; shown in the user's language.</summary>
    public static string Value(this IStringLocalizer<AuditResource> l, string field, string? value) =>
        field == "reason" && value is not null ? OrRaw(l, "Reason." + value, value) : value ?? string.Empty;

    /// <summary>The page that shows a row's object, when there is one.</summary>
    public static string? Href(GovData.Workflows.Audit.AuditLink? link) => link switch
    {
        { Kind: GovData.Workflows.Audit.AuditObjectKinds.DataResource } => string.Format(CultureInfo.InvariantCulture, AppRoutes.CatalogResourceDetail, link.Id),
        { Kind: GovData.Workflows.Audit.AuditObjectKinds.WorkflowInstance } => string.Format(CultureInfo.InvariantCulture, AppRoutes.WorkflowInstance, link.Id),
        _ => null,
    };

    public static string Break(this IStringLocalizer<AuditResource> l, AuditChainBreak reason) => l["Break." + reason];

    public static Color ActionColor(string action) => action switch
    {
        AuditActions.Insert => Color.Success,
        AuditActions.Update => Color.Info,
        AuditActions.Delete => Color.Error,
        AuditActions.SignIn or AuditActions.SignOut => Color.Primary,
        AuditActions.SignInFailed => Color.Warning,
        AuditActions.LockedOut => Color.Error,
        _ => Color.Default,
    };

    /// <summary>Types added by later features show their class name until they get a label.</summary>
    private static string OrRaw(IStringLocalizer<AuditResource> l, string key, string raw)
    {
        var text = l[key];
        return text.ResourceNotFound ? raw : text.Value;
    }
}
