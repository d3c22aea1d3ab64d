using GovData.Domain.Documents;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Documents;

/// <summary>What anyone may learn from a verification code: that the document exists, its number, kind, title,
/// issuer, time and hash — never its content (the content may hold an applicant's personal details).</summary>
public sealed record IssuedDocumentView(
    string Number,
    string Kind,
    string Title,
    string DepartmentName,
    DateTime IssuedAtUtc,
    string Sha256,
    string VerificationCode,
    long SizeInBytes);

/// <summary>The outcome of comparing a copy with the record: no copy given, the same bytes, or different ones.</summary>
public enum DocumentComparison
{
    NotCompared,
    Matches,
    DiffersFromIssued,
}

/// <summary>
/// The anonymous verification lookup (GET /portal/replies/{code}, and any other kind's page): finds the record by its
/// code and compares a pasted hash or an uploaded copy with the stored SHA-256.
/// </summary>
public sealed class VerifyIssuedDocument(IDbContextFactory<GovDataDbContext> contexts)
{
    /// <summary>Null when the code is malformed or unknown (the caller shows one "not found" for both).</summary>
    public async Task<IssuedDocumentView?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        var normalized = VerificationCode.Normalize(code);
        if (normalized is null)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.VerificationCode == normalized)
            .Select(d => new IssuedDocumentView(
                d.Number,
                d.Kind,
                d.Title,
                db.Departments.Where(x => x.Id == d.DepartmentId).Select(x => x.Name).FirstOrDefault() ?? string.Empty,
                d.IssuedAtUtc,
                d.Sha256,
                d.VerificationCode,
                d.Content.Length))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Compares a pasted hash (any case, separators allowed) with the record.</summary>
    public static DocumentComparison CompareHash(IssuedDocumentView document, string? pastedSha256)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = DocumentHash.Normalize(pastedSha256);
        return hash is null ? DocumentComparison.NotCompared
            : string.Equals(hash, document.Sha256, StringComparison.Ordinal) ? DocumentComparison.Matches
            : DocumentComparison.DiffersFromIssued;
    }

    /// <summary>Compares an uploaded copy with the record (hashing it as it streams; nothing is stored).</summary>
    public static async Task<DocumentComparison> CompareCopyAsync(IssuedDocumentView document, Stream copy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = await DocumentHash.OfAsync(copy, cancellationToken);
        return string.Equals(hash, document.Sha256, StringComparison.Ordinal) ? DocumentComparison.Matches : DocumentComparison.DiffersFromIssued;
    }
}
