namespace GovData.Domain.Departments;

/// <summary>
/// A department's data-security emergency plan (Art. 31, 应急预案) as the document it adopted: kept in the database with
/// the type recognised from its content and its SHA-256, one row per version (the newest is the plan in force), and only
/// ever handed out as a download. In the database rather than a folder, so every node of a server deployment has it.
/// </summary>
public sealed class EmergencyPlan
{
    public const int FileNameMaxLength = 200;
    public const long MaxBytes = 20 * 1024 * 1024;

    private EmergencyPlan()
    {
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long Length { get; private set; }

    public string Sha256 { get; private set; } = string.Empty;

    public byte[] Content { get; private set; } = [];

    public string UploadedByUserId { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }

    public static EmergencyPlan Of(int departmentId, string fileName, string contentType, byte[] content, string sha256, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new EmergencyPlan
        {
            DepartmentId = departmentId,
            FileName = Disputes.DisputeAttachment.SafeName(fileName),
            ContentType = contentType,
            Length = content.LongLength,
            Sha256 = sha256,
            Content = content,
            UploadedByUserId = userId,
            UploadedAtUtc = nowUtc,
        };
    }
}
