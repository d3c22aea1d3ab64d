namespace GovData.Domain.Sharing;

/// <summary>How a grant came about: at once for an unconditional resource, or by an approved share request.</summary>
public enum ShareGrantOrigin
{
    Unconditional = 1,
    ShareRequest = 2,
}
