using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovData.Domain.Audit;

/// <summary>
/// The chain's hash: SHA-256 (lower-case hex) over a canonical serialization of a row's content followed by the
/// previous row's hash. The serialization is ours, not a JSON library's, so it cannot drift with a framework update:
/// a version line, then every field as <c>length:value;</c> (length in UTF-16 code units, <c>-;</c> for null), so no
/// value can be forged by moving text from one field into its neighbour.
/// </summary>
public static class AuditHash
{
    /// <summary>The predecessor of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "govdata-audit-v1";

    public static string Compute(
        long sequence,
        DateTime occurredAtUtc,
        string? userId,
        string? userName,
        string action,
        string entityType,
        string? entityKey,
        string? summary,
        string previousHash)
    {
        var canonical = new StringBuilder(256 + (summary?.Length ?? 0));
        canonical.Append(Version).Append('\n');
        Field(canonical, sequence.ToString(CultureInfo.InvariantCulture));
        Field(canonical, Timestamp(occurredAtUtc));
        Field(canonical, userId);
        Field(canonical, userName);
        Field(canonical, action);
        Field(canonical, entityType);
        Field(canonical, entityKey);
        Field(canonical, summary);
        Field(canonical, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    public static string Compute(AuditEntry entry) => Compute(
        entry.Sequence,
        entry.OccurredAtUtc,
        entry.UserId,
        entry.UserName,
        entry.Action,
        entry.EntityType,
        entry.EntityKey,
        entry.Summary,
        entry.PreviousHash);

    /// <summary>Ticks precision, always UTC (the entry keeps whole microseconds, which PostgreSQL stores exactly too).</summary>
    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Field(StringBuilder canonical, string? value)
    {
        if (value is null)
        {
            canonical.Append("-;");
            return;
        }

        canonical.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
