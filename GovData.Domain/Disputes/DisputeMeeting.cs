namespace GovData.Domain.Disputes;

/// <summary>协调会: a coordination meeting the bureau held: when, who attended, what was said.</summary>
public sealed class DisputeMeeting
{
    public const int AttendeesMaxLength = 1000;

    private DisputeMeeting()
    {
    }

    public int Id { get; private set; }

    public int DisputeId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string Attendees { get; private set; } = string.Empty;

    public string Notes { get; private set; } = string.Empty;

    public string RecordedByUserId { get; private set; } = string.Empty;

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>A meeting that took place (not after <paramref name="today"/>), with attendees and notes.</summary>
    public static DisputeMeeting Record(
        int disputeId, DateOnly? heldOn, string? attendees, string? notes, string recordedByUserId, DateOnly today, DateTime nowUtc)
    {
        if (heldOn is not { } day || string.IsNullOrWhiteSpace(attendees) || string.IsNullOrWhiteSpace(notes))
        {
            throw new DomainRuleException(DisputeErrors.MeetingIncomplete);
        }

        if (day > today)
        {
            throw new DomainRuleException(DisputeErrors.MeetingInFuture, day);
        }

        return new DisputeMeeting
        {
            DisputeId = disputeId,
            HeldOn = day,
            Attendees = Dispute.Text(attendees, DisputeErrors.MeetingIncomplete, AttendeesMaxLength),
            Notes = Dispute.Text(notes, DisputeErrors.MeetingIncomplete, Dispute.TextMaxLength),
            RecordedByUserId = recordedByUserId,
            RecordedAtUtc = nowUtc,
        };
    }
}
