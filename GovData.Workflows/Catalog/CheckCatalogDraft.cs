using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// Every rule a submit would check, on content not yet saved: the editor asks before it saves, so that a submit that
/// cannot succeed shows all its problems at once and leaves nothing behind (no draft created by a failed first submit).
/// Writes nothing. <paramref name="resourceId"/> is the entry being revised (null for a new one), so its own code is not
/// "taken".
/// </summary>
public sealed class CheckCatalogDraft(IDbContextFactory<GovDataDbContext> contextFactory)
{
    public async Task<CatalogResult> ExecuteAsync(UserContext user, int? resourceId, CatalogEntryContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(content);
        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId is not { } departmentId)
        {
            return CatalogResult.Refused(CatalogErrors.NotAllowed);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ownCode = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        var taken = ResourceCode.TryParse(content.Code, out var code, out _)
            && await db.DataResources.AnyAsync(r => r.Code == code && r.Id != resourceId, cancellationToken);
        var violations = CatalogRules.Validate(content, new CatalogRuleContext(CodeTaken: taken, OwnDepartmentCode: ownCode));
        return violations.Count > 0 ? CatalogResult.Broken(violations) : CatalogResult.Done(resourceId ?? 0);
    }
}
