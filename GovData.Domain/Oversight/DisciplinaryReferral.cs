namespace GovData.Domain.Oversight;

/// <summary>
/// Art. 34, serious cases: the bureau refers the persons responsible (直接负责的主管人员和其他直接责任人员) to the
/// competent authority for disciplinary action. A record of to whom, when and what — the decision is not the bureau's.
/// </summary>
public sealed class DisciplinaryReferral
{
    public const int TextMaxLength = 2000;
    public const int AuthorityMaxLength = 200;

    private DisciplinaryReferral()
    {
    }

    private DisciplinaryReferral(int orderId, int departmentId, string referredTo, DateOnly referredOn, string matter, string userId, DateTime nowUtc)
    {
        OrderId = orderId;
        DepartmentId = departmentId;
        ReferredTo = referredTo;
        ReferredOn = referredOn;
        Matter = matter;
        RecordedByUserId = userId;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OrderId { get; private set; }

    public int DepartmentId { get; private set; }

    /// <summary>The authority referred to (e.g. 市纪委监委驻市政府办纪检监察组).</summary>
    public string ReferredTo { get; private set; } = string.Empty;

    public DateOnly ReferredOn { get; private set; }

    /// <summary>What is referred: the persons and the conduct.</summary>
    public string Matter { get; private set; } = string.Empty;

    public string RecordedByUserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public static DisciplinaryReferral Record(
        RectificationOrder order, string? referredTo, DateOnly? referredOn, string? matter, DateOnly today, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (string.IsNullOrWhiteSpace(referredTo) || string.IsNullOrWhiteSpace(matter) || referredOn is not { } on || on > today)
        {
            throw new DomainRuleException(OversightErrors.ReferralIncomplete);
        }

        return new DisciplinaryReferral(
            order.Id, order.DepartmentId, Clip(referredTo, AuthorityMaxLength), on, Clip(matter, TextMaxLength), userId, nowUtc);
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
