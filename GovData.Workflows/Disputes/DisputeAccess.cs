using GovData.Domain.Catalog;
using GovData.Domain.Departments;
using GovData.Domain.Disputes;
using GovData.Domain.Identity;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Disputes;

/// <summary>
/// Who sees and who acts on a dispute: the two parties (their departments) and the bureaus supervising either of them
/// see it; nobody else learns it exists. The bureau that decides is the one responsible for the provider — the municipal
/// bureau for every department, a district bureau for its own district (the catalog review's rule, decision 0015).
/// </summary>
public static class DisputeAccess
{
    /// <summary>Roles that speak for the requesting side.</summary>
    public static IReadOnlyList<string> RequesterRoles { get; } = [Roles.Requester, Roles.DepartmentLead];

    /// <summary>Roles that speak for the providing side.</summary>
    public static IReadOnlyList<string> ProviderRoles { get; } = [Roles.Approver, Roles.DepartmentLead];

    public static bool CanSee(UserContext user, Dispute dispute)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dispute);
        return user.IsAuthenticated
            && (dispute.SideOf(user.DepartmentId) is not null
                || user.SupervisesDepartment(dispute.ProviderDepartmentId)
                || user.SupervisesDepartment(dispute.RequesterDepartmentId));
    }

    /// <summary>The side <paramref name="user"/> may speak for (department and role), or null.</summary>
    public static DisputeSide? SpeaksFor(UserContext user, Dispute dispute)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(dispute);
        return dispute.SideOf(user.DepartmentId) switch
        {
            DisputeSide.Requester when RequesterRoles.Any(user.IsInRole) => DisputeSide.Requester,
            DisputeSide.Provider when ProviderRoles.Any(user.IsInRole) => DisputeSide.Provider,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="user"/> is an officer of a bureau responsible for <paramref name="providerId"/>.</summary>
    public static async Task<bool> IsResponsibleBureauAsync(GovDataDbContext db, UserContext user, int providerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.BureauOfficer) || !user.DepartmentIsDataBureau || user.DepartmentId is not { } bureauId)
        {
            return false;
        }

        var departments = await db.Departments.AsNoTracking().Where(d => d.Id == providerId || d.Id == bureauId).ToListAsync(cancellationToken);
        var bureau = departments.SingleOrDefault(d => d.Id == bureauId);
        var provider = departments.SingleOrDefault(d => d.Id == providerId);
        return bureau is not null && provider is not null && CatalogReviewBureau.MayReview(bureau, provider);
    }

    /// <summary>The disputes <paramref name="user"/> may see, as a query (scoping in the database).</summary>
    public static IQueryable<Dispute> Visible(GovDataDbContext db, UserContext user)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated)
        {
            return db.Disputes.Where(_ => false);
        }

        if (user.SeesAllDepartments)
        {
            return db.Disputes;
        }

        var department = user.DepartmentId ?? -1;
        if (user.IsDistrictBureauOfficer)
        {
            var supervised = user.SupervisedDepartmentIds!.ToList();
            return db.Disputes.Where(d => supervised.Contains(d.ProviderDepartmentId) || supervised.Contains(d.RequesterDepartmentId)
                || d.ProviderDepartmentId == department || d.RequesterDepartmentId == department);
        }

        return db.Disputes.Where(d => d.ProviderDepartmentId == department || d.RequesterDepartmentId == department);
    }

    /// <summary>The responsible bureau's id for a provider (for the list's filter and the seed).</summary>
    public static async Task<int?> ResponsibleBureauAsync(GovDataDbContext db, int providerId, CancellationToken cancellationToken) =>
        await Runtime.WorkflowSteps.ResponsibleBureauAsync(db, providerId, cancellationToken);
}
