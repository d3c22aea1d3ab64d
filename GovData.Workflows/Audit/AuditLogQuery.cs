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

/// <summary>A page that shows the object of a row: its kind (<see cref="AuditObjectKinds"/>) and id.</summary>
public sealed record AuditLink(string Kind, long Id);

/// <summary>The objects the audit page can link to.</summary>
public static class AuditObjectKinds
{
    public const string DataResource = nameof(DataResource);
    public const string WorkflowInstance = nameof(WorkflowInstance);
}

/// <summary>One row of the audit log as the page shows it; <see cref="ObjectName"/> names the object in words (a
/// user's display name, a resource's name, an instance's title) where the log's key alone would be an id.</summary>
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
    string Hash,
    string? ObjectName = null,
    AuditLink? Link = null);

/// <summary>A page of rows; <see cref="UserNames"/> names the user ids the page's rows mention (keys and summaries) and
/// <see cref="DepartmentNames"/> the department ids of their department fields, so that no raw id has to be shown.</summary>
public sealed record AuditLogResult(
    IReadOnlyList<AuditLogRow> Rows,
    int Total,
    IReadOnlyDictionary<string, string>? UserNames = null,
    IReadOnlyDictionary<int, string>? DepartmentNames = null)
{
    public IReadOnlyDictionary<string, string> Names => UserNames ?? new Dictionary<string, string>();

    public IReadOnlyDictionary<int, string> Departments => DepartmentNames ?? new Dictionary<int, string>();

    /// <summary>Whether a summary field holds a department id: DepartmentId, ProviderDepartmentId, … and a department's
    /// ParentId.</summary>
    public static bool IsDepartmentField(string field) =>
        field is not null
        && (field.EndsWith("DepartmentId", StringComparison.OrdinalIgnoreCase) || field.Equals("ParentId", StringComparison.OrdinalIgnoreCase));
}
