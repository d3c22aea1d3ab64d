using System.Security.Claims;
using GovData.Domain.Identity;
using MudBlazor;

namespace GovData.Web.Components.Layout;

/// <summary>One link of the navigation drawer.</summary>
/// <param name="Href">The route (an <see cref="AppRoutes"/> constant).</param>
/// <param name="TitleKey">SharedResource key of the label.</param>
/// <param name="Roles">Who sees it: null means every signed-in user; otherwise any of these roles.</param>
/// <param name="IsPublic">Also shown to anonymous visitors (public portal pages).</param>
/// <param name="ForceLoad">A full page load: the target is not a Blazor page (e.g. the Hangfire dashboard).</param>
/// <param name="MatchAll">Highlight only on the exact route (for "/").</param>
public sealed record NavigationItem(
    string Href,
    string TitleKey,
    string Icon,
    IReadOnlyList<string>? Roles = null,
    bool IsPublic = false,
    bool ForceLoad = false,
    bool MatchAll = false)
{
    public bool IsVisibleTo(ClaimsPrincipal user)
    {
        if (IsPublic)
        {
            return true;
        }

        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        return Roles is null || Roles.Any(user.IsInRole);
    }
}

/// <summary>A block of the drawer: an optional heading (e.g. 系统管理) over its links.</summary>
public sealed record NavigationSection(string? TitleKey, IReadOnlyList<NavigationItem> Items);

/// <summary>
/// The navigation drawer as data, in the order of issue #2 (工作台, 待办, 目录, 共享, 开放, 争议, 整改, 评估, 安全, 系统管理).
/// A feature adds its page with one line here; sections whose pages are not built yet are simply absent.
/// </summary>
public static class NavigationCatalog
{
    private static readonly string[] SystemAdminOnly = [Roles.SystemAdmin];

    public static IReadOnlyList<NavigationSection> All { get; } =
    [
        new(null,
        [
            new(AppRoutes.Dashboard, "Nav.Dashboard", Icons.Material.Outlined.SpaceDashboard, MatchAll: true),
            new(AppRoutes.Inbox, "Nav.Inbox", Icons.Material.Outlined.Inbox, Roles.Staff),
            new(AppRoutes.MyApplications, "Nav.MyApplications", Icons.Material.Outlined.Assignment, [Roles.Applicant]),
        ]),
        new("Nav.Group.Catalog",
        [
            new(AppRoutes.CatalogResources, "Nav.CatalogResources", Icons.Material.Outlined.Inventory2, Roles.Staff),
            new(AppRoutes.CatalogDrafts, "Nav.CatalogDrafts", Icons.Material.Outlined.EditNote, [Roles.CatalogManager]),
            new(AppRoutes.CatalogImport, "Nav.CatalogImport", Icons.Material.Outlined.UploadFile, [Roles.CatalogManager]),
            new(AppRoutes.CatalogOpen, "Nav.CatalogOpen", Icons.Material.Outlined.Public, Roles.Staff),
            new(AppRoutes.CatalogApiKeys, "Nav.CatalogApiKeys", Icons.Material.Outlined.VpnKey, [Roles.CatalogManager, Roles.SystemAdmin]),
            new(AppRoutes.CatalogStale, "Nav.CatalogStale", Icons.Material.Outlined.HistoryToggleOff, [Roles.CatalogManager, Roles.BureauOfficer, Roles.SystemAdmin]),
        ]),
        new("Nav.Group.Sharing",
        [
            new(AppRoutes.SharingCatalog, "Nav.SharingCatalog", Icons.Material.Outlined.Share, Roles.Staff),
            new(AppRoutes.SharingRequests, "Nav.SharingRequests", Icons.Material.Outlined.PostAdd, [Roles.Requester, Roles.DepartmentLead]),
            new(AppRoutes.SharingGrants, "Nav.SharingGrants", Icons.Material.Outlined.VerifiedUser, Roles.Staff, MatchAll: true),
            new(AppRoutes.SharingIssuedGrants, "Nav.SharingIssuedGrants", Icons.Material.Outlined.IosShare, Roles.Staff),
        ]),
        new("Nav.Group.Oversight",
        [
            new(AppRoutes.OversightProposals, "Nav.OversightProposals", Icons.Material.Outlined.FactCheck, [Roles.BureauOfficer]),
            new(AppRoutes.OversightOrders, "Nav.OversightOrders", Icons.Material.Outlined.Gavel, Roles.Staff),
            new(AppRoutes.OversightCriticisms, "Nav.OversightCriticisms", Icons.Material.Outlined.Campaign, [Roles.BureauOfficer]),
        ]),
        new("Nav.Group.Disputes",
        [
            new(AppRoutes.Disputes, "Nav.Disputes", Icons.Material.Outlined.Balance,
                [Roles.BureauOfficer, Roles.DepartmentLead, Roles.Approver, Roles.Requester, Roles.SystemAdmin]),
        ]),
        new("Nav.Group.Admin",
        [
            new(AppRoutes.AdminDepartments, "Nav.AdminDepartments", Icons.Material.Outlined.AccountBalance, SystemAdminOnly),
            new(AppRoutes.AdminUsers, "Nav.AdminUsers", Icons.Material.Outlined.Group, SystemAdminOnly),
            new(AppRoutes.AdminHandovers, "Nav.AdminHandovers", Icons.Material.Outlined.SwapHoriz, [Roles.SystemAdmin, Roles.BureauOfficer]),
            new(AppRoutes.AdminSettings, "Nav.AdminSettings", Icons.Material.Outlined.Tune, SystemAdminOnly),
            new(AppRoutes.AdminLegalBases, "Nav.AdminLegalBases", Icons.Material.Outlined.MenuBook, SystemAdminOnly),
            new(AppRoutes.AdminCalendar, "Nav.AdminCalendar", Icons.Material.Outlined.CalendarMonth, SystemAdminOnly),
            new(AppRoutes.AdminAudit, "Nav.AdminAudit", Icons.Material.Outlined.ReceiptLong, [Roles.SystemAdmin, Roles.BureauOfficer]),
            new(AppRoutes.Jobs, "Nav.Jobs", Icons.Material.Outlined.Schedule, SystemAdminOnly, ForceLoad: true),
        ]),
        new("Nav.Group.Public",
        [
            new(AppRoutes.PortalDeadline, "Nav.PortalDeadline", Icons.Material.Outlined.Calculate, IsPublic: true),
            new(AppRoutes.PortalCriticisms, "Nav.PortalCriticisms", Icons.Material.Outlined.Campaign, IsPublic: true),
        ]),
    ];

    /// <summary>The sections this user sees, each with only the links the user may open; empty sections dropped.</summary>
    public static IReadOnlyList<NavigationSection> For(ClaimsPrincipal user) =>
    [
        .. All
            .Select(section => section with { Items = [.. section.Items.Where(item => item.IsVisibleTo(user))] })
            .Where(section => section.Items.Count > 0),
    ];
}
