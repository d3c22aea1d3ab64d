using GovData.Workflows.Dashboard;
using MudBlazor;

namespace GovData.Web.Components.Pages.Dashboard;

/// <summary>How a dashboard count is shown: its icon, colour and the page it opens (null while that page is not built).</summary>
public sealed record DashboardCard(string Key, string Icon, Color Color, string? Href)
{
    public string LabelKey => $"Dashboard.Count.{Key}";

    public string HintKey => $"Dashboard.Hint.{Key}";
}

public static class DashboardCards
{
    private static readonly Dictionary<string, DashboardCard> ByKey = new DashboardCard[]
    {
        new(DashboardCountKeys.OwnPublished, Icons.Material.Outlined.TaskAlt, Color.Primary, AppRoutes.CatalogResources),
        new(DashboardCountKeys.OwnDrafts, Icons.Material.Outlined.EditNote, Color.Warning, AppRoutes.CatalogResources),
        new(DashboardCountKeys.SharingCatalog, Icons.Material.Outlined.Share, Color.Secondary, AppRoutes.CatalogResources),
        new(DashboardCountKeys.Departments, Icons.Material.Outlined.AccountBalance, Color.Primary, AppRoutes.AdminDepartments),
        new(DashboardCountKeys.PublishedCityWide, Icons.Material.Outlined.TaskAlt, Color.Secondary, AppRoutes.CatalogResources),
        new(DashboardCountKeys.DraftsCityWide, Icons.Material.Outlined.EditNote, Color.Warning, AppRoutes.CatalogResources),
        new(DashboardCountKeys.Users, Icons.Material.Outlined.Group, Color.Primary, AppRoutes.AdminUsers),
        new(DashboardCountKeys.CalendarYears, Icons.Material.Outlined.CalendarMonth, Color.Secondary, AppRoutes.AdminCalendar),
        new(DashboardCountKeys.AuditEntries, Icons.Material.Outlined.ReceiptLong, Color.Info, AppRoutes.AdminAudit),
        new(DashboardCountKeys.OpenCatalog, Icons.Material.Outlined.Public, Color.Primary, null),
    }.ToDictionary(c => c.Key);

    public static DashboardCard For(string key) =>
        ByKey.TryGetValue(key, out var card) ? card : new DashboardCard(key, Icons.Material.Outlined.Insights, Color.Default, null);
}
