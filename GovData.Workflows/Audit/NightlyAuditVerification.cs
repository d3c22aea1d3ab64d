using GovData.Domain.Audit;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Audit;

/// <summary>
/// The recurring job (02:00 Asia/Shanghai): verifies the chain and stores the result for that night. It takes no
/// state; running it twice the same night (Hangfire may) overwrites the night's row, guarded by a unique date.
/// </summary>
public sealed class NightlyAuditVerification(
    VerifyAuditChain verifier,
    IDbContextFactory<GovDataDbContext> contextFactory,
    TimeProvider time,
    ILogger<NightlyAuditVerification> logger)
{
    public const string JobId = "audit-chain-verification";

    /// <summary>Every night at 02:00 (in the jobs' time zone, Asia/Shanghai).</summary>
    public const string Cron = "0 2 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = await verifier.VerifyAsync(cancellationToken);
        var night = ChinaTime.Today(time);
        if (report.Fault is { } fault)
        {
            logger.LogError(
                "Audit chain broken at sequence {Sequence} ({Reason}); {Rows} rows checked.",
                fault.Sequence,
                fault.Reason,
                report.RowsChecked);
        }
        else
        {
            logger.LogInformation("Audit chain intact: {Rows} rows checked.", report.RowsChecked);
        }

        try
        {
            await StoreAsync(night, report, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run inserted tonight's row between our read and our insert: store over it.
            await StoreAsync(night, report, cancellationToken);
        }
    }

    private async Task StoreAsync(DateOnly night, AuditChainReport report, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.AuditVerifications.SingleOrDefaultAsync(v => v.RunDate == night, cancellationToken);
        if (stored is null)
        {
            db.AuditVerifications.Add(new AuditVerification(night, report));
        }
        else
        {
            stored.Record(report);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
