using System.Globalization;
using GovData.Domain.Documents;
using GovData.Domain.Time;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Documents;

/// <summary>
/// What a feature asks to issue. <see cref="NumberFormat"/> gets the year {0} and the sequence {1} of this kind in
/// that year (e.g. "开放答复〔{0}〕{1:000000}号"); <see cref="Compose"/> builds the document once the number, the
/// verification code and the time are known, because all three are printed on it.
/// </summary>
public sealed record DocumentRequest(
    string Kind,
    string NumberFormat,
    string SubjectType,
    long SubjectId,
    string Title,
    int DepartmentId,
    string? IssuedByUserId,
    Func<IssuedDocumentStamp, DocumentModel> Compose);

/// <summary>
/// Numbers, renders and stores a document inside the caller's unit of work (the transition it records), so the
/// decision and its written form commit or roll back together. Numbers run per kind and China calendar year; the
/// unit of work's write lock (SQLite) and the unique index (any provider) keep them unique.
/// </summary>
public sealed class IssueDocument(PdfDocumentRenderer renderer, TimeProvider clock)
{
    public async Task<IssuedDocument> ExecuteAsync(GovDataDbContext db, DocumentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A document is issued inside the unit of work of the decision it records.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var year = ChinaTime.ToChinaTime(now).Year;
        var yearStart = TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), ChinaTime.Zone);
        var issuedThisYear = await db.IssuedDocuments
            .CountAsync(d => d.Kind == request.Kind && d.IssuedAtUtc >= yearStart, cancellationToken);
        var number = string.Format(CultureInfo.InvariantCulture, request.NumberFormat, year, issuedThisYear + 1);
        var stamp = new IssuedDocumentStamp(number, VerificationCode.New(), now);

        var rendered = renderer.Render(request.Compose(stamp));
        var document = IssuedDocument.Issue(
            stamp, request.Kind, request.SubjectType, request.SubjectId, request.Title, request.DepartmentId,
            rendered.Content, rendered.Sha256, request.IssuedByUserId);
        db.IssuedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }
}
