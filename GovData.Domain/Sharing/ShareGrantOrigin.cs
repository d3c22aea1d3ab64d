namespace GovData.Domain.Sharing;

/// <summary>How a grant came about: at once for an unconditional resource, or by an approved share request.</summary>
public enum ShareGrantOrigin
{
    Unconditional = 1,
    ShareRequest = 2,

    /// <summary>Issued as the bureau ordered in a dispute decision (Art. 21).</summary>
    DisputeDecision = 3,
}
