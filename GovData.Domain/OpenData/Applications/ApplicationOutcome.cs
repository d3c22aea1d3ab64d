namespace GovData.Domain.OpenData.Applications;

/// <summary>How an application ended (none while open).</summary>
public enum ApplicationOutcome
{
    Open = 0,
    Granted = 1,
    PartlyGranted = 2,
    Refused = 3,
    Withdrawn = 4,

    /// <summary>Closed because the supplementary material was not supplied in time.</summary>
    Lapsed = 5,

    /// <summary>Cancelled by the data bureau.</summary>
    Cancelled = 6,
}
