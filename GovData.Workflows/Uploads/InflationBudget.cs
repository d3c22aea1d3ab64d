namespace GovData.Workflows.Uploads;

/// <summary>
/// What one request may inflate out of an uploaded package, shared by every part it reads: the total, and per part
/// a compression ratio on the bytes actually read from the archive (the central directory's sizes may lie, and an
/// incompressible extra part hides a bomb from a whole-archive ratio). Not thread-safe: one request, one budget.
/// </summary>
public sealed class InflationBudget(long maxTotalBytes, double maxPartRatio)
{
    /// <summary>A part this small may have any ratio (a few KB of styles compress 50:1 and are harmless).</summary>
    public const long SmallPartBytes = 1024 * 1024;

    public long MaxTotalBytes { get; } = maxTotalBytes;

    public double MaxPartRatio { get; } = maxPartRatio;

    public long Inflated { get; private set; }

    /// <summary>How much the part of this compressed size may inflate to.</summary>
    public long PartAllowance(long compressedBytes) =>
        Math.Max(SmallPartBytes, (long)Math.Min(long.MaxValue / 2, compressedBytes * MaxPartRatio));

    internal void Take(int bytes)
    {
        Inflated += bytes;
        if (Inflated > MaxTotalBytes)
        {
            throw new InflationLimitException(perPart: false, MaxTotalBytes);
        }
    }
}
