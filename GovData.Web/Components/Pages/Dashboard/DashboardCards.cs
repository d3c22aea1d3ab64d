using System.Security.Claims;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Web.Components.Pages.Catalog;
using GovData.Workflows.Dashboard;
using MudBlazor;

namespace GovData.Web.Components.Pages.Dashboard;

/// <summary>How a dashboard count is shown: its icon, colour and the list it opens — the one it counts, with the same
/// filter (null when there is no such list for the user).</summary>
public sealed record DashboardCard(string Key, string Icon, Color Color, string? Href)
{
    public string LabelKey => $"Dashboard.Count.{Key}";

    public string HintKey => $"Dashboard.Hint.{Key}";
}

public static class DashboardCards
{
    private static readonly string PublishedOnly = $"{AppRoutes.CatalogResources}?{CatalogQuery.Status}={CatalogStatus.Published}";
    private static readonly string DraftsOnly = $"{AppRoutes.CatalogResources}?{CatalogQuery.Status}={CatalogStatus.Draft}";

    private static readonly Dictionary<string, DashboardCard> ByKey = new DashboardCard[]
    {
        new(DashboardCountKeys.Inbox, Icons.Material.Outlined.Inbox, Color.Error, AppRoutes.Inbox),
        new(DashboardCountKeys.OwnPublished, Icons.Material.Outlined.TaskAlt, Color.Primary, PublishedOnly),
        new(DashboardCountKeys.OwnDrafts, Icons.Material.Outlined.EditNote, Color.Warning, AppRoutes.CatalogDrafts),
        new(DashboardCountKeys.SharingCatalog, Icons.Material.Outlined.Share, Color.Secondary, AppRoutes.SharingCatalog),
        new(DashboardCountKeys.Departments, Icons.Material.Outlined.AccountBalance, Color.Primary, AppRoutes.AdminDepartments),
        new(DashboardCountKeys.PublishedCityWide, Icons.Material.Outlined.TaskAlt, Color.Secondary, PublishedOnly),
        new(DashboardCountKeys.DraftsCityWide, Icons.Material.Outlined.EditNote, Color.Warning, DraftsOnly),
        new(DashboardCountKeys.SupervisedDepartments, Icons.Material.Outlined.AccountBalance, Color.Primary, null),
        new(DashboardCountKeys.PublishedSupervised, Icons.Material.Outlined.TaskAlt, Color.Secondary, PublishedOnly),
        new(DashboardCountKeys.DraftsSupervised, Icons.Material.Outlined.EditNote, Color.Warning, DraftsOnly),
        new(DashboardCountKeys.Users, Icons.Material.Outlined.Group, Color.Primary, AppRoutes.AdminUsers),
        new(DashboardCountKeys.CalendarYears, Icons.Material.Outlined.CalendarMonth, Color.Secondary, AppRoutes.AdminCalendar),
        new(DashboardCountKeys.AuditEntries, Icons.Material.Outlined.ReceiptLong, Color.Info, AppRoutes.AdminAudit),
        new(DashboardCountKeys.OpenCatalog, Icons.Material.Outlined.Public, Color.Primary, null),
    }.ToDictionary(c => c.Key);

    public static DashboardCard For(string key) =>
        ByKey.TryGetValue(key, out var card) ? card : new DashboardCard(key, Icons.Material.Outlined.Insights, Color.Default, null);

    /// <summary>The card as <paramref name="user"/> sees it: no link to a page the user may not open (目录草稿 is the
    /// CatalogManagers', the department and user pages the SystemAdmin's).</summary>
    public static DashboardCard For(string key, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var card = For(key);
        var mayOpen = key switch
        {
            DashboardCountKeys.OwnDrafts => user.IsInRole(Roles.CatalogManager),
            DashboardCountKeys.Departments or DashboardCountKeys.Users => user.IsInRole(Roles.SystemAdmin),
            _ => true,
        };
        return mayOpen ? card : card with { Href = null };
    }
}
