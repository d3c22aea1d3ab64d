using GovData.Domain;
using GovData.Domain.Audit;
using GovData.Domain.Departments;
using GovData.Domain.Identity;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Audit;

/// <summary>
/// Browses the audit log, newest first, one page at a time, read-only: the SystemAdmin and the municipal data bureau's
/// officers see all of it; a district data bureau's officers see what the users of the departments they supervise
/// (the bureau itself and those under it) did. Each row names its object in words and the page's user ids are named.
/// </summary>
public sealed partial class SearchAuditLog(IDbContextFactory<GovDataDbContext> contextFactory)
{
    private const string LikeEscape = "\\";

    public async Task<AuditLogResult> ExecuteAsync(UserContext user, AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EnsureMayRead(user);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filter(await ScopeAsync(db, user, cancellationToken), query);
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
                e.Hash,
                null,
                null))
            .ToListAsync(cancellationToken);
        var named = await AuditObjectNames.NameAsync(db, rows, cancellationToken);
        var userIds = rows.SelectMany(r => UserIdsIn(r)).Distinct(StringComparer.Ordinal).ToList();
        var names = userIds.Count == 0 ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var departmentIds = rows.SelectMany(r => DepartmentIdsIn(r.Summary)).Distinct().ToList();
        var departments = departmentIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return new AuditLogResult(named, total, names, departments);
    }

    /// <summary>The ids in a summary's department fields: {"AssigneeDepartmentId":{"old":4,"new":1}} or {"DepartmentId":4}.</summary>
    private static IEnumerable<int> DepartmentIdsIn(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return [];
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(summary);
            if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return [];
            }

            var ids = new List<int>();
            foreach (var field in json.RootElement.EnumerateObject().Where(p => AuditLogResult.IsDepartmentField(p.Name)))
            {
                IEnumerable<System.Text.Json.JsonElement> values = field.Value.ValueKind == System.Text.Json.JsonValueKind.Object
                    ? field.Value.EnumerateObject().Select(p => p.Value)
                    : [field.Value];
                foreach (var value in values)
                {
                    if (value.ValueKind == System.Text.Json.JsonValueKind.Number && value.TryGetInt32(out var id))
                    {
                        ids.Add(id);
                    }
                }
            }

            return ids;
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>What a district bureau's officer may read: the rows of its own and its departments' users.</summary>
    private static async Task<IQueryable<AuditEntry>> ScopeAsync(GovDataDbContext db, UserContext user, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (user.IsInRole(Roles.SystemAdmin)
            || !await db.Departments.AnyAsync(d => d.Id == user.DepartmentId && d.Level == DepartmentLevel.District, cancellationToken))
        {
            return entries;
        }

        var supervised = db.Departments.Where(d => d.Id == user.DepartmentId || d.ParentId == user.DepartmentId).Select(d => (int?)d.Id);
        var users = db.Users.Where(u => supervised.Contains(u.DepartmentId)).Select(u => u.Id);
        return entries.Where(e => e.UserId != null && users.Contains(e.UserId));
    }

    private static IEnumerable<string> UserIdsIn(AuditLogRow row)
    {
        if (row.UserId is { } actor)
        {
            yield return actor;
        }

        foreach (System.Text.RegularExpressions.Match match in Guids().Matches((row.EntityKey ?? string.Empty) + " " + row.Summary))
        {
            yield return match.Value;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial System.Text.RegularExpressions.Regex Guids();

    /// <summary>The entity types the log can name (from the model, no table scan), for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        EnsureMayRead(user);
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

    /// <summary>The SystemAdmin, or a BureauOfficer of a data bureau (read-only: verifying the chain stays the admin's).</summary>
    public static bool MayRead(UserContext user) =>
        user is not null && (user.IsInRole(Roles.SystemAdmin) || (user.IsInRole(Roles.BureauOfficer) && user.DepartmentIsDataBureau));

    private static void EnsureMayRead(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!MayRead(user))
        {
            throw new DomainRuleException(AuditErrors.SystemAdminOnly);
        }
    }
}
