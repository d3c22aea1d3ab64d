namespace GovData.Domain.Disputes;

/// <summary>
/// 情况说明: what one party says about the dispute. The bureau asks each party when it accepts the dispute (one row per
/// side, with its own due date); the party answers once.
/// </summary>
public sealed class DisputeStatement
{
    private DisputeStatement()
    {
    }

    public int Id { get; private set; }

    public int DisputeId { get; private set; }

    public DisputeSide Side { get; private set; }

    public int DepartmentId { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string? Text { get; private set; }

    public string? SubmittedByUserId { get; private set; }

    public string? SubmittedByName { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public bool IsGiven => SubmittedAtUtc is not null;

    public static DisputeStatement Ask(int disputeId, DisputeSide side, int departmentId, DateOnly requestedOn, DateOnly dueOn) =>
        new() { DisputeId = disputeId, Side = side, DepartmentId = departmentId, RequestedOn = requestedOn, DueOn = dueOn };

    public void Give(string? text, string userId, string userName, DateTime nowUtc)
    {
        if (IsGiven)
        {
            throw new DomainRuleException(DisputeErrors.StatementGiven);
        }

        Text = Dispute.Text(text, DisputeErrors.StatementRequired, Dispute.TextMaxLength);
        SubmittedByUserId = userId;
        SubmittedByName = userName;
        SubmittedAtUtc = nowUtc;
    }
}
