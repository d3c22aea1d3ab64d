using GovData.Domain;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.OpenData.Portal;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary>
/// The providing department's CatalogManager retires a published entry: it leaves the sharing and open catalogs, its
/// versions stay readable, an open draft being edited is discarded. Refused while a draft is under review (the bureau
/// decides that one first).
/// </summary>
public sealed class RetireCatalogEntry(UnitOfWork unitOfWork, TimeProvider time, IOpenCatalogChanges? openCatalog = null)
{
    public async Task<CatalogResult> ExecuteAsync(UserContext user, int resourceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await unitOfWork.RunAsync(user, (db, ct) => RetireAsync(db, user, resourceId, ct), cancellationToken);
    }

    private async Task<CatalogResult> RetireAsync(GovDataDbContext db, UserContext user, int resourceId, CancellationToken cancellationToken)
    {
        var resource = await db.DataResources.SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        if (resource is null || !CatalogAccess.CanEdit(user, resource.ProviderDepartmentId))
        {
            return CatalogResult.Refused(CatalogErrors.NotFound, resourceId);
        }

        var draft = await db.CatalogDrafts.SingleOrDefaultAsync(d => d.OpenForResourceId == resourceId, cancellationToken);
        if (draft is { Status: CatalogDraftStatus.Submitted })
        {
            return CatalogResult.Refused(CatalogErrors.DraftInReview, draft.Id);
        }

        try
        {
            resource.Retire();
            draft?.Discard(time.GetUtcNow().UtcDateTime);
        }
        catch (DomainRuleException rule)
        {
            return CatalogResult.From(rule);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.OpenCatalogChanged(openCatalog);
        return CatalogResult.Done(resource.Id);
    }
}
