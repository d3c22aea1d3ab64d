namespace GovData.Domain.Catalog;

/// <summary>What became of an uploaded catalog workbook.</summary>
public enum ImportOutcome
{
    /// <summary>Previewed only (dryRun): nothing was written.</summary>
    DryRun = 1,

    /// <summary>Written: every entry of the file is in the department's drafts.</summary>
    Committed = 2,

    /// <summary>A commit was asked for but the file had errors: nothing was written (all-or-nothing).</summary>
    Refused = 3,
}

/// <summary>
/// One catalog import (issue #4): who (a signed-in user, or a department API key — never both), when, which file (name
/// and SHA-256), what it held (counts) and what came of it. An API key's acting id (<c>apikey:&lt;id&gt;</c>) is not a
/// user: it is kept as <see cref="ApiKeyId"/>, and <see cref="UserId"/> stays null.
/// </summary>
public sealed class ImportRecord
{
    public const int FileNameMaxLength = 260;

    private ImportRecord()
    {
    }

    public ImportRecord(
        int departmentId, string? userId, int? apiKeyId, string actorName, string fileName, string fileSha256, ImportCounts counts, ImportOutcome outcome, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if ((userId is null) == (apiKeyId is null))
        {
            throw new ArgumentException("An import is made by a user or by an API key, exactly one of them.");
        }

        DepartmentId = departmentId;
        UserId = userId;
        ApiKeyId = apiKeyId;
        ActorName = actorName;
        FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName;
        FileSha256 = fileSha256;
        Created = counts.Created;
        Updated = counts.Updated;
        Unchanged = counts.Unchanged;
        Errors = counts.Errors;
        Outcome = outcome;
        ImportedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public string? UserId { get; private set; }

    public int? ApiKeyId { get; private set; }

    /// <summary>The display name at the time (a user's name, or the key's name and prefix).</summary>
    public string ActorName { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public string FileSha256 { get; private set; } = string.Empty;

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Errors { get; private set; }

    public ImportOutcome Outcome { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }
}

/// <summary>The counts of an import preview: entries created, updated, unchanged; errors (messages) found.</summary>
public sealed record ImportCounts(int Created, int Updated, int Unchanged, int Errors);
