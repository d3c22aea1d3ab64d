using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>Browses the audit log, newest first, one page at a time (SystemAdmin only).</summary>
public sealed class SearchAuditLog(IDbContextFactory<GovDataDbContext> contextFactory)
{
    private const string LikeEscape = "\\";

    public async Task<AuditLogResult> ExecuteAsync(UserContext user, AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureSystemAdmin(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        var total = await entries.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, AuditLogQuery.MaxPageSize);
        var rows = await entries
            .OrderByDescending(e => e.Sequence)
            .Skip(Math.Max(0, query.Page) * pageSize)
            .Take(pageSize)
            .Select(e => new AuditLogRow(
                e.Id,
                e.Sequence,
                e.OccurredAtUtc,
                e.UserId,
                e.UserName,
                e.Action,
                e.EntityType,
                e.EntityKey,
                e.Summary,
                e.PreviousHash,
                e.Hash))
            .ToListAsync(cancellationToken);
        return new AuditLogResult(rows, total);
    }

    /// <summary>The entity types the log can name (from the model, no table scan), for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureSystemAdmin(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return
        [
            .. db.Model.GetEntityTypes()
                .Where(t => !t.IsOwned() && !t.HasSharedClrType)
                .Select(t => t.ClrType)
                .Where(t => t != typeof(AuditEntry) && t != typeof(AuditChainHead) && t != typeof(AuditVerification))
                .Select(t => t.Name.Split('`')[0])
                .Distinct()
                .Order(StringComparer.Ordinal),
        ];
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditLogQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var pattern = Like(query.User);
            entries = entries.Where(e =>
                EF.Functions.Like(e.UserName, pattern, LikeEscape) || EF.Functions.Like(e.UserId, pattern, LikeEscape));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (query.From is { } from)
        {
            var fromUtc = StartOfChinaDayUtc(from);
            entries = entries.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (query.To is { } to)
        {
            var toUtc = StartOfChinaDayUtc(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAtUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = Like(query.Text);
            entries = entries.Where(e =>
                EF.Functions.Like(e.Summary, pattern, LikeEscape) || EF.Functions.Like(e.EntityKey, pattern, LikeEscape));
        }

        return entries;
    }

    private static DateTime StartOfChinaDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChinaTime.Zone);

    /// <summary>A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally.</summary>
    private static string Like(string text) =>
        "%" + text.Trim()
            .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal)
            .Replace("[", LikeEscape + "[", StringComparison.Ordinal) + "%";

    private static void EnsureSystemAdmin(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new DomainRuleException(AuditErrors.SystemAdminOnly);
        }
    }
}
