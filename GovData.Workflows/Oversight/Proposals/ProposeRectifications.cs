using GovData.Domain.Oversight;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GovData.Workflows.Oversight.Proposals;

/// <summary>What one detection run did: findings new today, proposals opened, open proposals that got more evidence.</summary>
public sealed record ProposalRun(int NewEvidence, int NewProposals, int UpdatedProposals);

/// <summary>
/// The daily proposal job (Art. 34; 07:30 Asia/Shanghai): runs every <see cref="IViolationDetector"/> and files what is
/// new. Per detector, one unit of work reads the findings not claimed before (an anti-join in SQL on the evidence's
/// unique key), attaches them to the department's open proposal for that violation or opens one, and claims them.
/// A second run finds nothing new and writes nothing; a dismissed or issued proposal's evidence is never proposed
/// again. Two runs at once: SQLite serialises them (the second sees the first's claims); on a server database the
/// unique keys refuse the loser, which then reads again.
/// </summary>
public sealed class ProposeRectifications(
    UnitOfWork unitOfWork,
    IEnumerable<IViolationDetector> detectors,
    ProposalSettings settings,
    TimeProvider time,
    ILogger<ProposeRectifications> logger)
{
    public const string JobId = "oversight-proposals";

    /// <summary>Every day at 07:30 (the jobs' time zone is Asia/Shanghai), before the working day starts.</summary>
    public const string Cron = "30 7 * * *";

    public async Task<ProposalRun> RunAsync(CancellationToken cancellationToken)
    {
        var scope = new DetectionScope(ChinaTime.Today(time), time.GetUtcNow().UtcDateTime, settings);
        var total = new ProposalRun(0, 0, 0);
        foreach (var detector in detectors)
        {
            var run = await RunOnceAsync(detector, scope, cancellationToken);
            total = new ProposalRun(total.NewEvidence + run.NewEvidence, total.NewProposals + run.NewProposals, total.UpdatedProposals + run.UpdatedProposals);
        }

        logger.LogInformation(
            "Rectification proposals on {Today}: {Evidence} new finding(s), {New} proposal(s) opened, {Updated} updated.",
            scope.Today, total.NewEvidence, total.NewProposals, total.UpdatedProposals);
        return total;
    }

    private async Task<ProposalRun> RunOnceAsync(IViolationDetector detector, DetectionScope scope, CancellationToken cancellationToken)
    {
        try
        {
            return await unitOfWork.RunAsSystemAsync((db, ct) => FileAsync(db, detector, scope, ct), cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // A concurrent run claimed some of the same findings first (the evidence INSERT or the proposal's unique
            // key refused ours): read again, what is left is ours.
            return await unitOfWork.RunAsSystemAsync((db, ct) => FileAsync(db, detector, scope, ct), cancellationToken);
        }
    }

    private static async Task<ProposalRun> FileAsync(GovDataDbContext db, IViolationDetector detector, DetectionScope scope, CancellationToken cancellationToken)
    {
        var violation = detector.Violation;
        var claimed = db.ProposalEvidence.Where(e => e.Violation == violation);
        var findings = await detector.Detect(db, scope)
            .Where(f => !claimed.Any(e => e.DepartmentId == f.DepartmentId && e.Kind == f.Kind && e.ReferenceId == f.ReferenceId && e.Occurrence == f.Occurrence))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        findings = [.. findings.DistinctBy(f => (f.DepartmentId, f.Kind, f.ReferenceId, f.Occurrence))];
        if (findings.Count == 0)
        {
            return new ProposalRun(0, 0, 0);
        }

        var departments = findings.Select(f => f.DepartmentId).Distinct().ToList();
        var open = await db.RectificationProposals
            .Where(p => p.Violation == violation && p.Status == ProposalStatus.Open && departments.Contains(p.DepartmentId))
            .ToDictionaryAsync(p => p.DepartmentId, cancellationToken);
        var now = scope.NowUtc;
        var opened = 0;
        foreach (var department in departments.Where(d => !open.ContainsKey(d)))
        {
            var proposal = new RectificationProposal(department, violation, scope.Today, now);
            db.RectificationProposals.Add(proposal);
            open[department] = proposal;
            opened++;
        }

        // The new proposals' ids are needed by their evidence.
        await db.SaveChangesAsync(cancellationToken);
        var evidence = new List<ProposalEvidence>(findings.Count);
        foreach (var group in findings.GroupBy(f => f.DepartmentId))
        {
            var proposal = open[group.Key];
            evidence.AddRange(group.Select(finding => new ProposalEvidence(
                proposal.Id, group.Key, violation, finding.Kind, finding.ReferenceId, finding.Occurrence, scope.Today)));
            proposal.Detected(group.Count(), scope.Today);
        }

        await ProposalEvidenceWriter.InsertAsync(db, evidence, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ProposalRun(findings.Count, opened, departments.Count - opened);
    }
}
