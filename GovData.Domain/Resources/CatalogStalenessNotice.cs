namespace GovData.Domain.Resources;

/// <summary>
/// The claim that a department's CatalogManagers were told, on <see cref="OnDate"/> (Shanghai), of its stale entries.
/// (DepartmentId, OnDate) is unique and inserted in the transaction that writes the notifications, so the daily job can
/// run twice the same day (a retry, a second server) and still send one notice per department.
/// </summary>
public sealed class CatalogStalenessNotice
{
    private CatalogStalenessNotice()
    {
    }

    public CatalogStalenessNotice(int departmentId, DateOnly onDate, int staleCount, DateTime sentAtUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(staleCount);
        DepartmentId = departmentId;
        OnDate = onDate;
        StaleCount = staleCount;
        SentAtUtc = DateTime.SpecifyKind(sentAtUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }

    public int DepartmentId { get; private set; }

    public DateOnly OnDate { get; private set; }

    /// <summary>How many stale entries the notice reported.</summary>
    public int StaleCount { get; private set; }

    public DateTime SentAtUtc { get; private set; }
}
