namespace GovData.Domain.Documents;

/// <summary>
/// A document the city issued (a written reply, a dispute decision, …): its number, what it is about, the exact bytes
/// handed out and their SHA-256, and a verification code anyone may enter to check that a copy is genuine. Written
/// once in the transaction of the decision it records; never changed.
/// </summary>
public sealed class IssuedDocument
{
    public const int MaxKindLength = 64;
    public const int MaxNumberLength = 64;
    public const int MaxSubjectTypeLength = 64;
    public const int MaxTitleLength = 400;

    private IssuedDocument()
    {
    }

    public long Id { get; private set; }

    /// <summary>The number printed on the document, unique (e.g. 开放答复〔2026〕000012号).</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>What kind of document (a feature's constant, e.g. "OpenDataReply").</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The kind of record the document is about (e.g. "OpenDataApplication") and its id.</summary>
    public string SubjectType { get; private set; } = string.Empty;

    public long SubjectId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>The issuing department.</summary>
    public int DepartmentId { get; private set; }

    /// <summary>URL-safe, unguessable (<see cref="VerificationCode"/>), unique.</summary>
    public string VerificationCode { get; private set; } = string.Empty;

    /// <summary>SHA-256 of <see cref="Content"/>, 64 lower-case hex digits.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public string ContentType { get; private set; } = "application/pdf";

    public DateTime IssuedAtUtc { get; private set; }

    public string? IssuedByUserId { get; private set; }

    public static IssuedDocument Issue(
        IssuedDocumentStamp stamp,
        string kind,
        string subjectType,
        long subjectId,
        string title,
        int departmentId,
        byte[] content,
        string sha256,
        string? issuedByUserId)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectType);
        ArgumentNullException.ThrowIfNull(content);
        if (sha256.Length != 64 || !sha256.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("The hash is 64 lower-case hex digits.", nameof(sha256));
        }

        return new IssuedDocument
        {
            Number = stamp.Number,
            VerificationCode = stamp.VerificationCode,
            IssuedAtUtc = stamp.IssuedAtUtc,
            Kind = kind,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title,
            DepartmentId = departmentId,
            Content = content,
            Sha256 = sha256,
            IssuedByUserId = issuedByUserId,
        };
    }

    /// <summary>Whether <paramref name="sha256"/> (normalised lower-case hex) is this document's hash.</summary>
    public bool Matches(string sha256) => string.Equals(Sha256, sha256, StringComparison.Ordinal);
}

/// <summary>What a document carries before it is rendered: its number, its verification code and the issue time.</summary>
public sealed record IssuedDocumentStamp(string Number, string VerificationCode, DateTime IssuedAtUtc);
