using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GovData.Domain.Oversight;

/// <summary>
/// 通报批评 (Art. 34): when an order's deadline passed without an accepted report, the system drafts a criticism from the
/// order (department, violation, facts, dates) for the bureau to edit, confirm and publish. Published, it stays on the
/// public portal; withdrawing it needs a reason (kept, with who and when). One criticism per order.
/// </summary>
public sealed class PublicCriticism
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 8000;
    public const int ReasonMaxLength = 2000;

    private PublicCriticism()
    {
    }

    private PublicCriticism(RectificationOrder order, string title, string body, DateOnly today, DateTime nowUtc)
    {
        OrderId = order.Id;
        DepartmentId = order.DepartmentId;
        Violation = order.Violation;
        OrderIssuedOn = order.IssuedOn;
        OrderDueOn = order.DueOn;
        Title = title;
        Body = body;
        Status = CriticismStatus.Draft;
        DraftedOn = today;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int OrderId { get; private set; }

    public int DepartmentId { get; private set; }

    public RectificationViolation Violation { get; private set; }

    public DateOnly OrderIssuedOn { get; private set; }

    public DateOnly OrderDueOn { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Body { get; private set; } = string.Empty;

    public CriticismStatus Status { get; private set; }

    public DateOnly DraftedOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? PublishedByUserId { get; private set; }

    public DateTime? WithdrawnAtUtc { get; private set; }

    public string? WithdrawnByUserId { get; private set; }

    public string? WithdrawalReason { get; private set; }

    [ConcurrencyCheck]
    public int Revision { get; private set; }

    /// <summary>
    /// The draft, in Chinese — the language of the official notice (the English portal view shows its facts translated
    /// beside this text): who, which item of Art. 34, when ordered, by when, that it was not corrected, and the facts.
    /// </summary>
    public static PublicCriticism Draft(RectificationOrder order, string departmentName, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentName);
        var item = ItemNumerals[(int)order.Violation - 1];
        var title = Clip($"关于对{departmentName}逾期未改正的通报批评", TitleMaxLength);
        var body = Clip(
            $"{departmentName}存在《政务数据资源共享开放条例》第三十四条第（{item}）项所列情形。"
            + $"大数据主管部门于{Chinese(order.IssuedOn)}责令其限期改正，改正期限至{Chinese(order.DueOn)}，"
            + $"该部门逾期未改正。\n\n事实：{order.Facts}\n\n依据《政务数据资源共享开放条例》第三十四条，现予以通报批评。",
            BodyMaxLength);
        return new PublicCriticism(order, title, body, today, nowUtc);
    }

    /// <summary>The bureau edits the draft before publishing it.</summary>
    public void Edit(string? title, string? body)
    {
        EnsureDraft();
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainRuleException(OversightErrors.TextRequired);
        }

        Title = Clip(title, TitleMaxLength);
        Body = Clip(body, BodyMaxLength);
        Revision++;
    }

    public void Publish(string userId, DateOnly today)
    {
        EnsureDraft();
        Status = CriticismStatus.Published;
        PublishedOn = today;
        PublishedByUserId = userId;
        Revision++;
    }

    public void Withdraw(string? reason, string userId, DateTime nowUtc)
    {
        if (Status != CriticismStatus.Published)
        {
            throw new DomainRuleException(OversightErrors.CriticismNotPublished, Id);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(OversightErrors.ReasonRequired);
        }

        Status = CriticismStatus.Withdrawn;
        WithdrawalReason = Clip(reason, ReasonMaxLength);
        WithdrawnByUserId = userId;
        WithdrawnAtUtc = nowUtc;
        Revision++;
    }

    private static readonly string[] ItemNumerals = ["一", "二", "三", "四", "五", "六", "七", "八"];

    private static string Chinese(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private void EnsureDraft()
    {
        if (Status != CriticismStatus.Draft)
        {
            throw new DomainRuleException(OversightErrors.CriticismNotDraft, Id);
        }
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
