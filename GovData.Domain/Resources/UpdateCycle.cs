namespace GovData.Domain.Resources;

/// <summary>Update cycle (更新周期, Art. 16): drives the staleness check.</summary>
public enum UpdateCycle
{
    /// <summary>实时</summary>
    RealTime = 1,

    /// <summary>每日</summary>
    Daily = 2,

    /// <summary>每周</summary>
    Weekly = 3,

    /// <summary>每月</summary>
    Monthly = 4,

    /// <summary>每季度</summary>
    Quarterly = 5,

    /// <summary>每半年</summary>
    HalfYearly = 6,

    /// <summary>每年</summary>
    Yearly = 7,

    /// <summary>不定期</summary>
    Irregular = 8,
}
