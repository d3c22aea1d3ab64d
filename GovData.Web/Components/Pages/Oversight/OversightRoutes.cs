using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Oversight;

namespace GovData.Web.Components.Pages.Oversight;

/// <summary>The oversight pages' routes and who may open them (the use cases scope what each one sees).</summary>
public static class OversightRoutes
{
    public const string Proposals = "/oversight/proposals";
    public const string Orders = "/oversight/orders";
    public const string NewOrder = "/oversight/orders/new";
    public const string Order = "/oversight/orders/{0}";
    public const string Criticisms = "/oversight/criticisms";
    public const string Criticism = "/oversight/criticisms/{0}";
    public const string Department = "/oversight/departments/{0}";
    public const string PublicCriticisms = "/portal/criticisms";

    public const string BureauRoles = Roles.BureauOfficer;

    /// <summary>Department staff see their own orders; the bureau and the administrator theirs.</summary>
    public const string OrderRoles = Roles.StaffList;

    public static string OrderOf(int id) => string.Format(CultureInfo.InvariantCulture, Order, id);

    public static string CriticismOf(int id) => string.Format(CultureInfo.InvariantCulture, Criticism, id);

    public static string DepartmentOf(int id) => string.Format(CultureInfo.InvariantCulture, Department, id);

    public static string Workflow(long id) => string.Format(CultureInfo.InvariantCulture, AppRoutes.WorkflowInstance, id);

    /// <summary>Where an evidence link opens: the catalog entry, the workflow instance; grants have no page of their own.</summary>
    public static string? EvidenceHref(EvidenceLink link) => link?.Kind switch
    {
        EvidenceKind.CatalogEntry => string.Format(CultureInfo.InvariantCulture, AppRoutes.CatalogResourceDetail, link.ReferenceId),
        EvidenceKind.WorkflowInstance => Workflow(link.ReferenceId),
        _ => null,
    };
}
