using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.Settings;
using GovData.Workflows.Audit;
using GovData.Workflows.Deadlines;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Administration.Settings;

/// <summary>The new value of one setting: <see cref="Days"/> for a time limit or grace, <see cref="Steps"/> for a
/// ladder.</summary>
public sealed record ProcessSettingChange(string Key, int? Days, IReadOnlyList<EscalationStep>? Steps, string Reason);

/// <summary>
/// Stores a setting's new value (SystemAdmin, with a reason; checked against the setting's bounds), audits who and why
/// with the value before and after, and serves it to the modules at once (<see cref="StoredSettingsConfiguration"/>).
/// A time limit applies to deadlines set from now on: due dates already set are stored on their instances and stay.
/// </summary>
public sealed class ChangeProcessSetting(
    IDbContextFactory<GovDataDbContext> contextFactory,
    ProcessSettingCatalog catalog,
    LoadStoredSettings load,
    TimeProvider clock)
{
    public async Task<AdminResult> ExecuteAsync(UserContext user, ProcessSettingChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!AdminAccess.CanAdminister(user))
        {
            return AdminResult.Refused(AdminErrors.NotAllowed);
        }

        if (catalog.Find(change.Key) is not { } definition)
        {
            return AdminResult.Refused(AdminErrors.SettingUnknown);
        }

        if (string.IsNullOrWhiteSpace(change.Reason))
        {
            return AdminResult.Refused(AdminErrors.ReasonRequired);
        }

        if (Validate(definition, change) is { } refusal)
        {
            return refusal;
        }

        var value = definition.Kind == SettingKind.Ladder
            ? StoredSettingsConfiguration.LadderText(change.Steps!.OrderBy(s => s.AfterWorkingDays))
            : change.Days!.Value.ToString(CultureInfo.InvariantCulture);
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.Attribute(user, clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var row = await db.StoredSettings.SingleOrDefaultAsync(s => s.Key == definition.Key, cancellationToken);
            var before = row?.Value ?? string.Empty;
            if (row is null)
            {
                db.StoredSettings.Add(new StoredSetting(definition.Key, value, user.UserId, now));
            }
            else
            {
                row.Change(value, user.UserId, now);
            }

            db.RecordEvent(AdminAudit.SettingChanged, nameof(StoredSetting), definition.Key,
                AuditSummary.Of(("from", before), ("to", value), ("reason", change.Reason.Trim())));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another admin stored the first value of this setting at the same moment.
                return AdminResult.Refused(AdminErrors.ChangedMeanwhile);
            }
        }

        await load.ExecuteAsync(cancellationToken);
        return AdminResult.Done();
    }

    private static AdminResult? Validate(SettingDefinition definition, ProcessSettingChange change)
    {
        if (definition.Kind != SettingKind.Ladder)
        {
            return change.Days is { } days && days >= definition.Min && days <= definition.Max
                ? null
                : AdminResult.Refused(AdminErrors.SettingOutOfRange, definition.Min, definition.Max);
        }

        if (change.Steps is not { Count: > 0 } steps || steps.Count > ProcessSettingCatalog.MaxLadderSteps)
        {
            return AdminResult.Refused(AdminErrors.LadderSteps, ProcessSettingCatalog.MaxLadderSteps);
        }

        return steps.All(s => Enum.IsDefined(s.Recipient) && s.AfterWorkingDays is >= 0 and <= ProcessSettingCatalog.MaxLadderDays)
            ? null
            : AdminResult.Refused(AdminErrors.LadderStepInvalid, ProcessSettingCatalog.MaxLadderDays);
    }
}
