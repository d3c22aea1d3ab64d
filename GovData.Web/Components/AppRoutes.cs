namespace GovData.Web.Components;

/// <summary>The app's routes in one place, so navigation, links and tests agree.</summary>
public static class AppRoutes
{
    public const string Dashboard = "/";
    public const string Login = "/Account/Login";
    public const string Logout = "/Account/Logout";
    public const string Profile = "/Account/Manage";
    public const string SetCulture = "/culture/set";
    public const string Notifications = "/notifications";
    public const string Inbox = "/inbox";
    public const string WorkflowInstance = "/workflows/{0}";
    public const string CatalogResources = "/catalog/resources";
    public const string CatalogResourceDetail = "/catalog/resources/{0}";
    public const string CatalogVersion = "/catalog/resources/{0}/versions/{1}";
    public const string CatalogOpen = "/catalog/open";
    public const string CatalogApiKeys = "/catalog/api-keys";
    public const string CatalogStale = "/catalog/stale";
    public const string CatalogImport = "/catalog/import";
    public const string CatalogNew = "/catalog/resources/new";
    public const string CatalogEdit = "/catalog/resources/{0}/edit";
    public const string CatalogDrafts = "/catalog/drafts";
    public const string SharingCatalog = "/sharing/catalog";
    public const string SharingRequests = "/sharing/requests";
    public const string SharingGrants = "/sharing/grants";
    public const string SharingIssuedGrants = "/sharing/grants/issued";
    public const string Disputes = "/disputes";
    public const string AdminCalendar = "/admin/calendar";
    public const string AdminAudit = "/admin/audit";
    public const string AdminDepartments = "/admin/departments";
    public const string AdminUsers = "/admin/users";
    public const string AdminHandovers = "/admin/handovers";
    public const string AdminSettings = "/admin/settings";
    public const string AdminLegalBases = "/admin/legal-bases";
    public const string AdminUsersTemplate = "/admin/users/template";
    public const string Jobs = "/jobs";
    public const string PortalDeadline = "/portal/deadline";
    public const string PortalCriticisms = "/portal/criticisms";
    public const string OversightProposals = "/oversight/proposals";
    public const string OversightOrders = "/oversight/orders";
    public const string OversightCriticisms = "/oversight/criticisms";
    public const string MyApplications = "/portal/applications";
    public const string ApiDueDate = "/api/calendar/due-date";
}
