namespace GovData.Workflows.Audit;

/// <summary>Filters and page of the audit log search. Dates are Asia/Shanghai calendar days, both inclusive.</summary>
public sealed record AuditLogQuery
{
    public const int MaxPageSize = 200;

    /// <summary>Part of the acting user's name or id.</summary>
    public string? User { get; init; }

    public string? Action { get; init; }

    public string? EntityType { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Free text looked for in the entity key and the before/after summary.</summary>
    public string? Text { get; init; }

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>One row of the audit log as the page shows it.</summary>
public sealed record AuditLogRow(
    long Id,
    long Sequence,
    DateTime OccurredAtUtc,
    string? UserId,
    string? UserName,
    string Action,
    string EntityType,
    string? EntityKey,
    string? Summary,
    string PreviousHash,
    string Hash);

public sealed record AuditLogResult(IReadOnlyList<AuditLogRow> Rows, int Total);
