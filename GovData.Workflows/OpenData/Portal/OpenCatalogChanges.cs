using GovData.Workflows.Persistence;

namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// Told when what the open catalog shows has changed — an entry published or republished (its open type may have
/// changed), retired, or given a new dataset release — once the change is committed, so that copies kept of the
/// catalog (the CKAN API's output cache, decision 0036) are dropped at once instead of at their expiry. The web layer
/// implements it; without one nothing is kept and nothing needs telling.
/// </summary>
public interface IOpenCatalogChanges
{
    Task ChangedAsync();
}

internal sealed class NoOpenCatalogCopies : IOpenCatalogChanges
{
    public Task ChangedAsync() => Task.CompletedTask;
}

public static class OpenCatalogChangesExtensions
{
    /// <summary>Tells <paramref name="changes"/> after this unit of work commits (never on a rollback).</summary>
    public static void OpenCatalogChanged(this GovDataDbContext db, IOpenCatalogChanges? changes)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (changes is not null)
        {
            db.AfterCommit(changes.ChangedAsync);
        }
    }
}
