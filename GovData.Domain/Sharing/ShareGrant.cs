using GovData.Domain.Resources;

namespace GovData.Domain.Sharing;

/// <summary>共享权限: a department may use these items of a resource, for this purpose, from/until these dates.</summary>
public sealed class ShareGrant
{
    private ShareGrant()
    {
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    public int GranteeDepartmentId { get; private set; }

    /// <summary>The granted data item ids, "3,5,8" (see <see cref="ItemIds"/>).</summary>
    public string GrantedItemIds { get; private set; } = string.Empty;

    public string Purpose { get; private set; } = string.Empty;

    public string DutyBasis { get; private set; } = string.Empty;

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public string IssuedByUserId { get; private set; } = string.Empty;

    public DateTime IssuedAtUtc { get; private set; }

    public ShareGrantOrigin Origin { get; private set; }

    public int? ShareRequestId { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public IReadOnlyList<int> Granted() => ItemIds.Parse(GrantedItemIds);

    public bool IsActiveOn(DateOnly day) => RevokedAtUtc is null && ValidFrom <= day && day <= ValidUntil;

    /// <summary>A grant valid from today until a later day.</summary>
    public static ShareGrant Issue(
        int dataResourceId,
        int granteeDepartmentId,
        IReadOnlyList<int> itemIds,
        string purpose,
        string dutyBasis,
        DateOnly today,
        DateOnly validUntil,
        string issuedByUserId,
        DateTime nowUtc,
        ShareGrantOrigin origin,
        int? shareRequestId = null,
        long? workflowInstanceId = null)
    {
        if (validUntil <= today)
        {
            throw new DomainRuleException(SharingErrors.ValidUntilNotAfterToday, validUntil);
        }

        if (itemIds.Count == 0)
        {
            throw new DomainRuleException(SharingErrors.ItemsRequired);
        }

        return new ShareGrant
        {
            DataResourceId = dataResourceId,
            GranteeDepartmentId = granteeDepartmentId,
            GrantedItemIds = ItemIds.Format(itemIds),
            Purpose = SharingRules.Required(purpose, SharingErrors.PurposeRequired),
            DutyBasis = SharingRules.Required(dutyBasis, SharingErrors.DutyBasisRequired),
            ValidFrom = today,
            ValidUntil = validUntil,
            IssuedByUserId = issuedByUserId,
            IssuedAtUtc = nowUtc,
            Origin = origin,
            ShareRequestId = shareRequestId,
            WorkflowInstanceId = workflowInstanceId,
        };
    }

    /// <summary>How long an unconditional grant runs before the department asks again.</summary>
    public const int UnconditionalValidityYears = 1;

    /// <summary>
    /// Art. 19: an unconditional resource is granted at once, all its items, once purpose and duty basis are stated.
    /// </summary>
    public static ShareGrant Unconditional(
        DataResource resource,
        IReadOnlyCollection<DataItem> itemsOfResource,
        int granteeDepartmentId,
        string? purpose,
        string? dutyBasis,
        string issuedByUserId,
        DateOnly today,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(itemsOfResource);
        SharingRules.EnsureRequestable(resource, ShareType.Unconditional, granteeDepartmentId);
        var items = itemsOfResource.Where(i => i.DataResourceId == resource.Id).Select(i => i.Id).ToList();
        return Issue(
            resource.Id, granteeDepartmentId, items, SharingRules.Required(purpose, SharingErrors.PurposeRequired),
            SharingRules.Required(dutyBasis, SharingErrors.DutyBasisRequired), today, today.AddYears(UnconditionalValidityYears),
            issuedByUserId, nowUtc, ShareGrantOrigin.Unconditional);
    }

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
