namespace GovData.Workflows.Uploads;

/// <summary>A part of an uploaded package inflated past what one part or one request may (<see cref="BoundedPartStream"/>).</summary>
public sealed class InflationLimitException(bool perPart, long limitBytes)
    : IOException(perPart ? "A part of the package inflates past its compression-ratio allowance." : "The package inflates past the request's limit.")
{
    /// <summary>True: one part's compression ratio; false: the request's total.</summary>
    public bool PerPart { get; } = perPart;

    public long LimitBytes { get; } = limitBytes;
}
