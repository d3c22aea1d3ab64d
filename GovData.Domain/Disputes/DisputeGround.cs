namespace GovData.Domain.Disputes;

/// <summary>What a dispute (Art. 21) is about, and so which party may raise it.</summary>
public enum DisputeGround
{
    /// <summary>The requesting department contests a refused share request.</summary>
    Refusal = 1,

    /// <summary>The requesting department's share request was not answered in time.</summary>
    Overdue = 2,

    /// <summary>The requesting department contests an entry's share type (不予共享 or 有条件共享).</summary>
    ShareType = 3,

    /// <summary>The providing department holds a request to be outside the requester's duties.</summary>
    OutsideDuties = 4,
}

/// <summary>Which side of a dispute a department stands on.</summary>
public enum DisputeSide
{
    Requester = 1,
    Provider = 2,
}

/// <summary>How the bureau decided.</summary>
public enum DisputeOutcome
{
    /// <summary>The provider must grant what was asked for.</summary>
    SharingOrdered = 1,

    /// <summary>The refusal (or the request's rejection as outside the requester's duties) stands.</summary>
    RefusalUpheld = 2,

    /// <summary>Some items are ordered, the rest of the refusal stands.</summary>
    PartlyOrdered = 3,
}

public static class DisputeGrounds
{
    /// <summary>The side that may raise a dispute on <paramref name="ground"/>.</summary>
    public static DisputeSide FiledBy(DisputeGround ground) =>
        ground == DisputeGround.OutsideDuties ? DisputeSide.Provider : DisputeSide.Requester;

    /// <summary>Whether the ground names a share request (all but the share type of an entry).</summary>
    public static bool NamesRequest(DisputeGround ground) => ground != DisputeGround.ShareType;
}
