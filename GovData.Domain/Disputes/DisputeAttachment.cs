namespace GovData.Domain.Disputes;

/// <summary>
/// A file a party gave with its claim or statement: kept in the database with its checked type (decided from the
/// content, never from the name) and SHA-256, and only ever handed out as a download.
/// </summary>
public sealed class DisputeAttachment
{
    public const int FileNameMaxLength = 200;

    private DisputeAttachment()
    {
    }

    public int Id { get; private set; }

    public int DisputeId { get; private set; }

    /// <summary>The statement it belongs to; null: filed with the claim.</summary>
    public int? StatementId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    /// <summary>The media type the content was recognised as (application/pdf, image/png, ...).</summary>
    public string ContentType { get; private set; } = string.Empty;

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public string UploadedByUserId { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }

    public static DisputeAttachment Of(
        int disputeId, int? statementId, string fileName, string contentType, byte[] content, string sha256, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DisputeAttachment
        {
            DisputeId = disputeId,
            StatementId = statementId,
            FileName = SafeName(fileName),
            ContentType = contentType,
            Length = content.LongLength,
            Sha256 = sha256,
            Content = content,
            UploadedByUserId = userId,
            UploadedAtUtc = nowUtc,
        };
    }

    /// <summary>The name without any folder part or control characters, at most <see cref="FileNameMaxLength"/>.</summary>
    public static string SafeName(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && c != '"')]).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return name.Length <= FileNameMaxLength ? name : name[^FileNameMaxLength..];
    }
}
