using GovData.Domain.Identity;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Administration.Settings;

/// <summary>A setting as the page shows it: the value in force, and who last changed it on the page (null: from
/// appsettings.json or the module's default).</summary>
public sealed record ProcessSettingRow(
    SettingDefinition Definition,
    int? Days,
    IReadOnlyList<EscalationStep> Steps,
    string? ChangedBy,
    DateTime? ChangedAtUtc);

/// <summary>The settings page's rows, SystemAdmin only; values as the modules read them right now.</summary>
public sealed class ListProcessSettings(
    IDbContextFactory<GovDataDbContext> contextFactory,
    ProcessSettingCatalog catalog,
    IConfiguration configuration,
    EscalationSettings escalation)
{
    public async Task<IReadOnlyList<ProcessSettingRow>> ExecuteAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        if (!AdminAccess.CanAdminister(user))
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.StoredSettings.AsNoTracking()
            .Join(db.Users, s => s.ChangedByUserId, u => u.Id, (s, u) => new { s.Key, s.ChangedAtUtc, Name = u.DisplayName })
            .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        return [.. catalog.All().Select(d =>
        {
            var change = stored.GetValueOrDefault(d.Key);
            return d.Kind == SettingKind.Ladder
                ? new ProcessSettingRow(d, null, escalation.StepsFor(d.Process!), change?.Name, change?.ChangedAtUtc)
                : new ProcessSettingRow(d, configuration.GetValue<int?>(d.Key) ?? d.DefaultDays, [], change?.Name, change?.ChangedAtUtc);
        })];
    }
}
