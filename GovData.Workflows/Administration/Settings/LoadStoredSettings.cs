using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.Settings;

/// <summary>Reads the stored settings into <see cref="StoredSettingsConfiguration"/>: at start (after the migrations)
/// and after every change.</summary>
public sealed class LoadStoredSettings(IDbContextFactory<GovDataDbContext> contextFactory, StoredSettingsConfiguration configuration)
{
    public async Task ExecuteAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.StoredSettings.AsNoTracking().Select(s => new { s.Key, s.Value }).ToListAsync(cancellationToken);
        configuration.Replace(rows.Select(r => KeyValuePair.Create(r.Key, r.Value)));
    }
}
