using GovData.Domain;
using GovData.Domain.Catalog;
using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Catalog;

/// <summary><see cref="ResourceId"/> null: a new entry; otherwise a revision of that entry.</summary>
public sealed record SaveCatalogDraftCommand(int? ResourceId, CatalogEntryContent Content, int? ExpectedRevision = null);

/// <summary>
/// Saves the department's draft of an entry (decision 0010). A new entry becomes a Draft-status resource (visible only to
/// its department and the bureau) plus its open draft; a published entry gets (or updates) its one open draft and its
/// live content stays as it is until the draft is published. Only the providing department's CatalogManager saves; the
/// full rules run on submit, here only what identifies the entry: a valid code of the user's own department, not taken.
/// </summary>
public sealed class SaveCatalogDraft(UnitOfWork unitOfWork, TimeProvider time)
{
    public const string CodeFixed = "Catalog.Code.Fixed";

    public async Task<CatalogResult> ExecuteAsync(UserContext user, SaveCatalogDraftCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        if (!user.IsInRole(Roles.CatalogManager) || user.DepartmentId is not { } departmentId)
        {
            return CatalogResult.Refused(CatalogErrors.NotAllowed);
        }

        try
        {
            return await unitOfWork.RunAsync(user, (db, ct) => SaveAsync(db, user, departmentId, command, ct), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            return CatalogResult.From(rule);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CatalogResult.Refused(CatalogErrors.DraftOpenElsewhere, command.ResourceId ?? 0);
        }
        catch (DbUpdateException) when (command.ResourceId is null)
        {
            // Another save took the code (or opened the draft) between the check and the insert: the unique index won.
            var code = ResourceCode.Parse(command.Content.Code);
            return CatalogResult.Broken([new CatalogViolation(nameof(command.Content.Code), CatalogErrors.CodeDuplicate, [code.Value])]);
        }
    }

    private async Task<CatalogResult> SaveAsync(GovDataDbContext db, UserContext user, int departmentId, SaveCatalogDraftCommand command, CancellationToken cancellationToken)
    {
        var ownCode = await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Code).SingleAsync(cancellationToken);
        var content = command.Content;
        if (Identity(content, ownCode) is { Count: > 0 } identity)
        {
            return CatalogResult.Broken(identity);
        }

        var code = ResourceCode.Parse(content.Code);
        var now = time.GetUtcNow().UtcDateTime;
        return command.ResourceId is { } resourceId
            ? await ReviseAsync(db, user, resourceId, code, command, now, cancellationToken)
            : await CreateAsync(db, departmentId, code, content, user, now, cancellationToken);
    }

    /// <summary>What a draft needs before it can be stored: a parseable code whose provider is the user's department.</summary>
    private static List<CatalogViolation> Identity(CatalogEntryContent content, string ownCode)
    {
        List<CatalogViolation> found = [];
        if (!ResourceCode.TryParse(content.Code, out var code, out var error))
        {
            found.Add(new CatalogViolation(nameof(content.Code), error, [content.Code]));
        }
        else if (code.ProviderCode != ownCode)
        {
            found.Add(new CatalogViolation(nameof(content.Code), CatalogErrors.CodeProviderMismatch, [code.Value, ownCode]));
        }

        if (!string.IsNullOrWhiteSpace(content.ProviderCode) && content.ProviderCode.Trim() != ownCode)
        {
            found.Add(new CatalogViolation(nameof(content.ProviderCode), CatalogErrors.ProviderCodeNotOwn, [content.ProviderCode.Trim(), ownCode]));
        }

        if (string.IsNullOrWhiteSpace(content.Name))
        {
            found.Add(new CatalogViolation(nameof(content.Name), CatalogErrors.NameRequired, []));
        }

        return found;
    }

    private static async Task<CatalogResult> CreateAsync(
        GovDataDbContext db, int departmentId, ResourceCode code, CatalogEntryContent content, UserContext user, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.DataResources.AnyAsync(r => r.Code == code, cancellationToken))
        {
            return CatalogResult.Broken([new CatalogViolation(nameof(content.Code), CatalogErrors.CodeDuplicate, [code.Value])]);
        }

        var resource = DataResource.NewDraft(content, departmentId);
        db.DataResources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        var draft = new CatalogDraft(resource.Id, 0, content, user.UserId, now);
        db.CatalogDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult.Done(resource.Id, draft.Id);
    }

    private static async Task<CatalogResult> ReviseAsync(
        GovDataDbContext db, UserContext user, int resourceId, ResourceCode code, SaveCatalogDraftCommand command, DateTime now, CancellationToken cancellationToken)
    {
        var resource = await db.DataResources.Include(r => r.Items).SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken);
        if (resource is null || !CatalogAccess.CanEdit(user, resource.ProviderDepartmentId))
        {
            return CatalogResult.Refused(CatalogErrors.NotFound, resourceId);
        }

        if (resource.Status == CatalogStatus.Retired)
        {
            return CatalogResult.Refused(CatalogErrors.AlreadyRetired, resource.Code.Value);
        }

        var content = command.Content;
        if (resource.Status == CatalogStatus.Published && code != resource.Code)
        {
            // The code is the entry's identity once published: other catalogs and requests cite it.
            return CatalogResult.Broken([new CatalogViolation(nameof(content.Code), CodeFixed, [resource.Code.Value])]);
        }

        if (code != resource.Code && await db.DataResources.AnyAsync(r => r.Code == code && r.Id != resourceId, cancellationToken))
        {
            return CatalogResult.Broken([new CatalogViolation(nameof(content.Code), CatalogErrors.CodeDuplicate, [code.Value])]);
        }

        var draft = await db.CatalogDrafts.SingleOrDefaultAsync(d => d.OpenForResourceId == resourceId, cancellationToken);
        if (draft is not null && command.ExpectedRevision is { } seen && seen != draft.Revision)
        {
            return CatalogResult.Refused(CatalogErrors.DraftOpenElsewhere, draft.Id);
        }

        if (draft is null)
        {
            draft = new CatalogDraft(resource.Id, resource.CurrentVersion, content, user.UserId, now);
            db.CatalogDrafts.Add(draft);
        }
        else if (!draft.IsEditable)
        {
            return CatalogResult.Refused(CatalogErrors.DraftInReview, draft.Id);
        }
        else
        {
            draft.Edit(content, now);
        }

        if (resource.Status == CatalogStatus.Draft)
        {
            // Never published: nothing outside the department reads it, so the entry shows the latest draft.
            resource.ReviseDraft(content);
        }

        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult.Done(resource.Id, draft.Id, draft.WorkflowInstanceId);
    }
}
