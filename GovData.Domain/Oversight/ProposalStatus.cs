namespace GovData.Domain.Oversight;

/// <summary>Where a proposal stands: waiting for the bureau, turned into an order, or dismissed with a reason.</summary>
public enum ProposalStatus
{
    Open = 1,
    Issued = 2,
    Dismissed = 3,
}
