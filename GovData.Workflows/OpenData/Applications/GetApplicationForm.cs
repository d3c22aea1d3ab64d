using GovData.Domain.OpenData.Applications;
using GovData.Domain.Resources;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>A data item on the application form: what it is, whether it may be asked for, and its basis when restricted.</summary>
public sealed record ApplicableItem(int Id, string Name, string? Description, OpenType OpenType, string? OpenCondition, string? LegalBasis)
{
    public bool MayApply => OpenType != OpenType.NotOpen;
}

/// <summary>What the application form shows about the entry (Art. 27: the basis of restricted opening is public).</summary>
public sealed record ApplicationFormEntry(
    int Id,
    string Code,
    string Name,
    string? Summary,
    string DepartmentName,
    string? OpenCondition,
    string? LegalBasis,
    bool MayApply,
    IReadOnlyList<ApplicableItem> Items);

/// <summary>The entry an applicant is applying for; null when it does not exist or is not published. <see
/// cref="ApplicationFormEntry.MayApply"/> is false for anything but a 依申请开放 entry.</summary>
public sealed class GetApplicationForm(IDbContextFactory<GovDataDbContext> contexts)
{
    public async Task<ApplicationFormEntry?> ExecuteAsync(int entryId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.DataResources.AsNoTracking().Include(r => r.Items)
            .SingleOrDefaultAsync(r => r.Id == entryId && r.Status == CatalogStatus.Published, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var department = await db.Departments.AsNoTracking().Where(d => d.Id == entry.ProviderDepartmentId).Select(d => d.Name).SingleAsync(cancellationToken);
        return new ApplicationFormEntry(
            entry.Id, entry.Code.Value, entry.Name, entry.Summary, department, entry.OpenCondition, entry.LegalBasis,
            entry.OpenType == OpenType.OnApplication,
            [.. entry.ActiveItems.Select(i => new ApplicableItem(i.Id, i.Name, i.Description, i.OpenType, i.OpenCondition, i.LegalBasis))]);
    }
}
