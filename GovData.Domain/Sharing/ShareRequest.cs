using GovData.Domain.Resources;

namespace GovData.Domain.Sharing;

/// <summary>共享申请 (Art. 20): a department asks for items of a conditional resource, for a purpose and a period.</summary>
public sealed class ShareRequest
{
    private ShareRequest()
    {
    }

    private ShareRequest(
        int dataResourceId,
        int providerDepartmentId,
        int requestingDepartmentId,
        string requesterUserId,
        string purpose,
        string dutyBasis,
        IReadOnlyList<int> wantedItemIds,
        DateOnly useFrom,
        DateOnly useUntil,
        DateTime nowUtc)
    {
        DataResourceId = dataResourceId;
        ProviderDepartmentId = providerDepartmentId;
        RequestingDepartmentId = requestingDepartmentId;
        RequesterUserId = requesterUserId;
        Purpose = purpose;
        DutyBasis = dutyBasis;
        WantedItemIds = ItemIds.Format(wantedItemIds);
        UseFrom = useFrom;
        UseUntil = useUntil;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    public int ProviderDepartmentId { get; private set; }

    public int RequestingDepartmentId { get; private set; }

    public string RequesterUserId { get; private set; } = string.Empty;

    public string Purpose { get; private set; } = string.Empty;

    /// <summary>履行职责的依据: the duty the data serves.</summary>
    public string DutyBasis { get; private set; } = string.Empty;

    /// <summary>The wanted data item ids, "3,5,8" (see <see cref="ItemIds"/>).</summary>
    public string WantedItemIds { get; private set; } = string.Empty;

    public DateOnly UseFrom { get; private set; }

    public DateOnly UseUntil { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public int? RefusalLegalBasisId { get; private set; }

    public string? RefusalReason { get; private set; }

    public IReadOnlyList<int> Wanted() => ItemIds.Parse(WantedItemIds);

    /// <summary>
    /// A request for a conditional resource: not a NotShared one (the key <see cref="SharingErrors.NotShared"/>), items
    /// of that resource only, purpose and duty basis stated, a period of use that ends after today.
    /// </summary>
    public static ShareRequest Submit(
        DataResource resource,
        IReadOnlyCollection<DataItem> itemsOfResource,
        int requestingDepartmentId,
        string requesterUserId,
        string? purpose,
        string? dutyBasis,
        IEnumerable<int> wantedItemIds,
        DateOnly useFrom,
        DateOnly useUntil,
        DateOnly today,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentException.ThrowIfNullOrWhiteSpace(requesterUserId);
        SharingRules.EnsureRequestable(resource, ShareType.Conditional, requestingDepartmentId);
        // A form checks every field at once with Problems(); here the first broken rule is the refusal.
        var why = SharingRules.Required(purpose, SharingErrors.PurposeRequired);
        var duty = SharingRules.Required(dutyBasis, SharingErrors.DutyBasisRequired);
        var items = SharingRules.EnsureItemsOf(resource, wantedItemIds, itemsOfResource);
        if (useFrom < today || useUntil <= useFrom)
        {
            throw new DomainRuleException(SharingErrors.PeriodInvalid, useFrom, useUntil);
        }

        return new ShareRequest(
            resource.Id, resource.ProviderDepartmentId, requestingDepartmentId, requesterUserId, why, duty, items, useFrom, useUntil, nowUtc);
    }

    /// <summary>Every field a request form gets wrong at once (field name, error key), in the form's order — the same
    /// rules <see cref="Submit"/> enforces one at a time: purpose, duty basis, at least one item, a period from today on.</summary>
    public static IReadOnlyList<(string Field, string ErrorKey)> Problems(
        string? purpose, string? dutyBasis, IReadOnlyCollection<int> wantedItemIds, DateOnly? useFrom, DateOnly? useUntil, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(wantedItemIds);
        List<(string, string)> problems = [];
        if (string.IsNullOrWhiteSpace(purpose))
        {
            problems.Add((nameof(Purpose), SharingErrors.PurposeRequired));
        }

        if (string.IsNullOrWhiteSpace(dutyBasis))
        {
            problems.Add((nameof(DutyBasis), SharingErrors.DutyBasisRequired));
        }

        if (wantedItemIds.Count == 0)
        {
            problems.Add((nameof(WantedItemIds), SharingErrors.ItemsRequired));
        }

        if (useFrom is not { } from || useUntil is not { } until || from < today || until <= from)
        {
            problems.Add((nameof(UseUntil), SharingErrors.PeriodInvalid));
        }

        return problems;
    }

    public void AttachWorkflow(long instanceId) => WorkflowInstanceId = instanceId;

    /// <summary>The grant an approval issues: the chosen items (of the resource) until a date after today.</summary>
    public ShareGrant Approve(
        DataResource resource,
        IReadOnlyCollection<DataItem> itemsOfResource,
        IEnumerable<int> grantedItemIds,
        DateOnly validUntil,
        string issuedByUserId,
        DateOnly today,
        DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Id != DataResourceId)
        {
            throw new ArgumentException("The resource is not the one requested.", nameof(resource));
        }

        var items = SharingRules.EnsureItemsOf(resource, grantedItemIds, itemsOfResource);
        return ShareGrant.Issue(
            resource.Id, RequestingDepartmentId, items, Purpose, DutyBasis, today, validUntil, issuedByUserId, nowUtc,
            ShareGrantOrigin.ShareRequest, Id, WorkflowInstanceId);
    }

    /// <summary>A refusal cites an entry of the legal-basis register and explains itself in free text.</summary>
    public void Refuse(int? legalBasisId, string? reason)
    {
        if (legalBasisId is null or <= 0)
        {
            throw new DomainRuleException(SharingErrors.LegalBasisUnknown, legalBasisId ?? 0);
        }

        RefusalReason = SharingRules.Required(reason, SharingErrors.RefusalReasonRequired);
        RefusalLegalBasisId = legalBasisId;
    }
}
