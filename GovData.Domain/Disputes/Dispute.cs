using GovData.Domain.Resources;
using GovData.Domain.Sharing;

namespace GovData.Domain.Disputes;

/// <summary>
/// 共享争议 (Art. 21): a providing and a requesting department disagree about a share request or an entry's share type;
/// the bureau responsible for the provider coordinates and decides. The process (accept, statements, meetings, decision,
/// compliance) runs as the "Dispute" workflow; this row keeps what the parties and the bureau said and decided.
/// </summary>
public sealed class Dispute
{
    public const int ClaimMaxLength = 4000;
    public const int TextMaxLength = 4000;

    private Dispute()
    {
    }

    public int Id { get; private set; }

    public DisputeGround Ground { get; private set; }

    public DisputeSide FiledBySide { get; private set; }

    public int ProviderDepartmentId { get; private set; }

    public int RequesterDepartmentId { get; private set; }

    public int DataResourceId { get; private set; }

    /// <summary>The share request disputed; null for a dispute about an entry's share type.</summary>
    public int? ShareRequestId { get; private set; }

    public string Claim { get; private set; } = string.Empty;

    public string FiledByUserId { get; private set; } = string.Empty;

    public DateTime FiledAtUtc { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    /// <summary>The bureau's one extension of its decision deadline has been used.</summary>
    public bool DecisionExtended { get; private set; }

    public DisputeOutcome? Outcome { get; private set; }

    /// <summary>The data item ids the provider must grant, "3,5" (<see cref="ItemIds"/>); empty when none are ordered.</summary>
    public string OrderedItemIds { get; private set; } = string.Empty;

    public string? OrderedPurpose { get; private set; }

    public string? DecisionReasoning { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The day by which the provider must issue the ordered grant.</summary>
    public DateOnly? GrantDueOn { get; private set; }

    public int? GrantId { get; private set; }

    public DateTime? CompliedAtUtc { get; private set; }

    public IReadOnlyList<int> Ordered() => ItemIds.Parse(OrderedItemIds);

    public bool IsDecided => Outcome is not null;

    /// <summary>
    /// A dispute raised by <paramref name="side"/>: the ground must be that side's (a provider contests duties, a
    /// requester everything else) and the claim stated. Whether the ground holds for the subject (refused, overdue, a
    /// contestable share type) is checked by the caller from the subject's state.
    /// </summary>
    public static Dispute File(
        DisputeGround ground,
        DisputeSide side,
        int providerDepartmentId,
        int requesterDepartmentId,
        int dataResourceId,
        int? shareRequestId,
        string? claim,
        string filedByUserId,
        DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filedByUserId);
        if (DisputeGrounds.FiledBy(ground) != side)
        {
            throw new DomainRuleException(DisputeErrors.NotAParty);
        }

        if (DisputeGrounds.NamesRequest(ground) != shareRequestId.HasValue)
        {
            throw new DomainRuleException(DisputeErrors.RequestNotFound, shareRequestId ?? 0);
        }

        return new Dispute
        {
            Ground = ground,
            FiledBySide = side,
            ProviderDepartmentId = providerDepartmentId,
            RequesterDepartmentId = requesterDepartmentId,
            DataResourceId = dataResourceId,
            ShareRequestId = shareRequestId,
            Claim = Text(claim, DisputeErrors.ClaimRequired, ClaimMaxLength),
            FiledByUserId = filedByUserId,
            FiledAtUtc = nowUtc,
        };
    }

    /// <summary>Only 不予共享 and 有条件共享 can be contested: an unconditional entry is granted at once.</summary>
    public static void EnsureContestable(ShareType shareType)
    {
        if (shareType is not (ShareType.NotShared or ShareType.Conditional))
        {
            throw new DomainRuleException(DisputeErrors.ShareTypeNotContestable);
        }
    }

    /// <summary>Which side <paramref name="departmentId"/> stands on, or null when it is no party.</summary>
    public DisputeSide? SideOf(int? departmentId) =>
        departmentId == RequesterDepartmentId ? DisputeSide.Requester
        : departmentId == ProviderDepartmentId ? DisputeSide.Provider
        : null;

    public void AttachWorkflow(long instanceId) => WorkflowInstanceId = instanceId;

    /// <summary>The bureau's one extension of the decision deadline.</summary>
    public void Extend()
    {
        if (DecisionExtended)
        {
            throw new DomainRuleException(DisputeErrors.AlreadyExtended);
        }

        DecisionExtended = true;
    }

    /// <summary>
    /// The bureau's decision. Sharing ordered or partly: items of the resource (partly: fewer than all of them, or fewer
    /// than the request wanted) and the purpose they serve; refusal upheld: no items. The reasoning is required.
    /// </summary>
    public void Decide(
        DisputeOutcome outcome,
        IReadOnlyCollection<int> orderedItems,
        string? purpose,
        string? reasoning,
        IReadOnlyCollection<DataItem> itemsOfResource,
        IReadOnlyCollection<int>? wantedItems,
        DateOnly? grantDueOn,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(orderedItems);
        ArgumentNullException.ThrowIfNull(itemsOfResource);
        var why = Text(reasoning, DisputeErrors.ReasonRequired, TextMaxLength);
        if (outcome == DisputeOutcome.RefusalUpheld)
        {
            OrderedItemIds = string.Empty;
            OrderedPurpose = null;
            GrantDueOn = null;
        }
        else
        {
            if (orderedItems.Count == 0)
            {
                throw new DomainRuleException(DisputeErrors.ItemsRequired);
            }

            var live = itemsOfResource.Where(i => i.DataResourceId == DataResourceId && !i.IsRetired).Select(i => i.Id).ToHashSet();
            if (orderedItems.FirstOrDefault(id => !live.Contains(id)) is var foreign && foreign != 0)
            {
                throw new DomainRuleException(DisputeErrors.ItemNotOfResource, foreign);
            }

            // A dispute about a request is about what was asked for: the bureau may order those items or fewer, never
            // items the requester did not claim a duty for (the request's purpose and duty basis cover only them).
            if (wantedItems is { Count: > 0 } && orderedItems.FirstOrDefault(id => !wantedItems.Contains(id)) is var unasked && unasked != 0)
            {
                throw new DomainRuleException(DisputeErrors.ItemNotRequested, unasked);
            }

            var whole = wantedItems is { Count: > 0 } ? wantedItems.Count : live.Count;
            if (outcome == DisputeOutcome.PartlyOrdered && orderedItems.Distinct().Count() >= whole)
            {
                throw new DomainRuleException(DisputeErrors.PartlyNeedsFewerItems);
            }

            OrderedItemIds = ItemIds.Format([.. orderedItems.Distinct().Order()]);
            OrderedPurpose = Text(purpose, DisputeErrors.PurposeRequired, TextMaxLength);
            GrantDueOn = grantDueOn;
        }

        Outcome = outcome;
        DecisionReasoning = why;
        DecidedAtUtc = nowUtc;
    }

    /// <summary>The provider issued the ordered grant: the dispute closes as complied.</summary>
    public ShareGrant Comply(
        string dutyBasis, DateOnly validUntil, string issuedByUserId, DateOnly today, DateTime nowUtc)
    {
        if (Outcome is null or DisputeOutcome.RefusalUpheld)
        {
            throw new DomainRuleException(DisputeErrors.ItemsRequired);
        }

        CompliedAtUtc = nowUtc;
        return ShareGrant.Issue(
            DataResourceId, RequesterDepartmentId, Ordered(), OrderedPurpose!, dutyBasis, today, validUntil, issuedByUserId, nowUtc,
            ShareGrantOrigin.DisputeDecision, ShareRequestId, WorkflowInstanceId);
    }

    public void LinkGrant(int grantId) => GrantId = grantId;

    internal static string Text(string? value, string requiredKey, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainRuleException(requiredKey);
        }

        if (text.Length > maxLength)
        {
            throw new DomainRuleException(DisputeErrors.TextTooLong, maxLength);
        }

        return text;
    }
}
