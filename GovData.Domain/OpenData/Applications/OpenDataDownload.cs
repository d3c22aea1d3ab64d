namespace GovData.Domain.OpenData.Applications;

/// <summary>One delivery of granted data to an applicant: who, when, which items, how many rows, in which format.</summary>
public sealed class OpenDataDownload
{
    private OpenDataDownload()
    {
    }

    public OpenDataDownload(int applicationId, string userId, string itemIds, long rows, string format, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ApplicationId = applicationId;
        UserId = userId;
        ItemIds = itemIds;
        Rows = rows;
        Format = format;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public int ApplicationId { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>The item ids delivered ("3,5"): exactly the granted ones.</summary>
    public string ItemIds { get; private set; } = string.Empty;

    public long Rows { get; private set; }

    public string Format { get; private set; } = string.Empty;

    public DateTime AtUtc { get; private set; }
}
