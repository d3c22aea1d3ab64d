using GovData.Domain.Resources;
using GovData.Domain.Sharing;

namespace GovData.Domain.OpenData.Applications;

/// <summary>
/// 数据开放申请 (Art. 26): a public applicant asks the providing department for data items of a 依申请开放 entry, for a
/// purpose and use scenario. The department answers on the spot or within 15 working days: grant (items, period of use),
/// partly grant (the rest refused with reasons and basis) or refuse (reasons and basis); it may first ask for
/// supplementary material (补正), which stops the clock. The workflow instance carries state and deadline; this
/// entity carries what was asked and what was decided, for the reply and the delivery.
/// </summary>
public sealed class OpenDataApplication
{
    public const int MaxTextLength = 2000;

    private OpenDataApplication()
    {
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    public int ProviderDepartmentId { get; private set; }

    public string ApplicantUserId { get; private set; } = string.Empty;

    public ApplicantType ApplicantType { get; private set; }

    public string ApplicantName { get; private set; } = string.Empty;

    /// <summary>Resident ID number (citizen) or unified social credit code (organisation); null when an organisation has none.</summary>
    public string? IdentityNumber { get; private set; }

    public string ContactName { get; private set; } = string.Empty;

    public string ContactPhone { get; private set; } = string.Empty;

    public string ContactEmail { get; private set; } = string.Empty;

    public string Purpose { get; private set; } = string.Empty;

    public string UseScenario { get; private set; } = string.Empty;

    /// <summary>The wanted data item ids, "3,5,8".</summary>
    public string WantedItemIds { get; private set; } = string.Empty;

    /// <summary>The applicant asked for a written reply (书面答复); the reply is issued either way, and sent only then.</summary>
    public bool WrittenReplyWanted { get; private set; }

    public DateTime SubmittedAtUtc { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    public ApplicationOutcome Outcome { get; private set; }

    public string? GrantedItemIds { get; private set; }

    /// <summary>The last day the granted items may be downloaded.</summary>
    public DateOnly? UseUntil { get; private set; }

    /// <summary>Why the items not granted were refused (partly granted or refused).</summary>
    public string? RefusalReason { get; private set; }

    /// <summary>The legal bases of the refusal, ids of the register, "2,7".</summary>
    public string? RefusalLegalBasisIds { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>当场答复: decided on the day of receipt, without a request for material.</summary>
    public bool AnsweredOnTheSpot { get; private set; }

    /// <summary>What the department asked the applicant to supply (the latest request).</summary>
    public string? MaterialRequested { get; private set; }

    /// <summary>The last day to supply it; after that the application lapses.</summary>
    public DateOnly? MaterialDueOn { get; private set; }

    public string? MaterialSupplied { get; private set; }

    public DateOnly? MaterialSuppliedOn { get; private set; }

    /// <summary>The written reply (an issued document), once decided.</summary>
    public long? ReplyDocumentId { get; private set; }

    public IReadOnlyList<int> Wanted() => ItemIds.Parse(WantedItemIds);

    public IReadOnlyList<int> Granted() => GrantedItemIds is null ? [] : ItemIds.Parse(GrantedItemIds);

    public IReadOnlyList<int> RefusalBases() => RefusalLegalBasisIds is null ? [] : ItemIds.Parse(RefusalLegalBasisIds);

    public bool IsDecided => Outcome is ApplicationOutcome.Granted or ApplicationOutcome.PartlyGranted or ApplicationOutcome.Refused;

    /// <summary>The data items an applicant may ask for: the entry's active items that are not 不予开放.</summary>
    public static IEnumerable<DataItem> Applicable(IEnumerable<DataItem> itemsOfEntry) =>
        itemsOfEntry.Where(i => !i.IsRetired && i.OpenType != OpenType.NotOpen).OrderBy(i => i.Position);

    /// <summary>Everything wrong with an application for <paramref name="entry"/> (empty: it may be submitted).</summary>
    public static IReadOnlyList<FormViolation> Check(
        DataResource entry, IReadOnlyCollection<DataItem> itemsOfEntry, ApplicantDetails applicant, IReadOnlyCollection<int> wanted, string? purpose, string? useScenario)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(wanted);
        List<FormViolation> violations = [];
        if (entry.OpenType != OpenType.OnApplication || entry.Status != CatalogStatus.Published)
        {
            violations.Add(new("Entry", OpenDataApplicationErrors.NotOnApplication, entry.Name));
            return violations;
        }

        var applicable = Applicable(itemsOfEntry).Select(i => i.Id).ToHashSet();
        if (wanted.Count == 0)
        {
            violations.Add(new("Items", OpenDataApplicationErrors.ItemsRequired));
        }
        else if (wanted.FirstOrDefault(id => !applicable.Contains(id)) is var stranger and not 0)
        {
            violations.Add(new("Items", OpenDataApplicationErrors.ItemNotApplicable, stranger));
        }

        AddText(violations, "Purpose", purpose, OpenDataApplicationErrors.PurposeRequired);
        AddText(violations, "UseScenario", useScenario, OpenDataApplicationErrors.ScenarioRequired);
        violations.AddRange(applicant.Violations());
        return violations;
    }

    public static OpenDataApplication Submit(
        DataResource entry,
        IReadOnlyCollection<DataItem> itemsOfEntry,
        string applicantUserId,
        ApplicantDetails applicant,
        IReadOnlyCollection<int> wanted,
        string? purpose,
        string? useScenario,
        bool writtenReplyWanted,
        DateTime nowUtc)
    {
        if (Check(entry, itemsOfEntry, applicant, wanted, purpose, useScenario) is [var first, ..])
        {
            throw new DomainRuleException(first.Key, first.Arguments);
        }

        return new OpenDataApplication
        {
            DataResourceId = entry.Id,
            ProviderDepartmentId = entry.ProviderDepartmentId,
            ApplicantUserId = applicantUserId,
            ApplicantType = applicant.Type,
            ApplicantName = applicant.Name!.Trim(),
            IdentityNumber = applicant.CanonicalIdentityNumber(),
            ContactName = applicant.ContactName!.Trim(),
            ContactPhone = applicant.ContactPhone!.Trim(),
            ContactEmail = applicant.ContactEmail!.Trim(),
            Purpose = purpose!.Trim(),
            UseScenario = useScenario!.Trim(),
            WantedItemIds = ItemIds.Format(wanted.Distinct().Order()),
            WrittenReplyWanted = writtenReplyWanted,
            SubmittedAtUtc = nowUtc,
        };
    }

    public void AttachWorkflow(long instanceId) => WorkflowInstanceId = instanceId;

    /// <summary>Grants every wanted item (or, <paramref name="partly"/>, some of them: the rest refused with reasons and basis).</summary>
    public void Grant(IReadOnlyCollection<int> granted, DateOnly useUntil, DateOnly today, bool onTheSpot, bool partly, string? reason, IReadOnlyCollection<int> bases)
    {
        ArgumentNullException.ThrowIfNull(granted);
        ArgumentNullException.ThrowIfNull(bases);
        var wanted = Wanted();
        if (granted.Count == 0)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.GrantedItemsRequired);
        }

        if (granted.FirstOrDefault(id => !wanted.Contains(id)) is var stranger and not 0)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.GrantedItemNotWanted, stranger);
        }

        if (useUntil <= today)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.UseUntilNotAfterToday, useUntil);
        }

        var all = wanted.All(granted.Contains);
        if (partly)
        {
            if (all)
            {
                throw new DomainRuleException(OpenDataApplicationErrors.PartlyNeedsARest);
            }

            RequireReasons(reason, bases);
        }
        else if (!all)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.GrantAllForPartly);
        }

        Outcome = partly ? ApplicationOutcome.PartlyGranted : ApplicationOutcome.Granted;
        GrantedItemIds = ItemIds.Format(granted.Distinct().Order());
        UseUntil = useUntil;
        Decide(today, onTheSpot);
    }

    public void Refuse(string? reason, IReadOnlyCollection<int> bases, DateOnly today, bool onTheSpot)
    {
        RequireReasons(reason, bases);
        Outcome = ApplicationOutcome.Refused;
        Decide(today, onTheSpot);
    }

    public void RequestMaterial(string? what, DateOnly dueOn)
    {
        if (string.IsNullOrWhiteSpace(what))
        {
            throw new DomainRuleException(OpenDataApplicationErrors.MaterialRequired);
        }

        MaterialRequested = Limit(what);
        MaterialDueOn = dueOn;
        MaterialSupplied = null;
        MaterialSuppliedOn = null;
    }

    public void Supply(string? material, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(material))
        {
            throw new DomainRuleException(OpenDataApplicationErrors.MaterialRequired);
        }

        MaterialSupplied = Limit(material);
        MaterialSuppliedOn = today;
        MaterialDueOn = null;
    }

    /// <summary>Ends without a decision (withdrawn, lapsed, cancelled).</summary>
    public void Close(ApplicationOutcome outcome)
    {
        if (outcome is not (ApplicationOutcome.Withdrawn or ApplicationOutcome.Lapsed or ApplicationOutcome.Cancelled))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        Outcome = outcome;
        MaterialDueOn = null;
    }

    public void AttachReply(long documentId) => ReplyDocumentId = documentId;

    /// <summary>Whether the granted items may be downloaded on <paramref name="today"/> (until the period of use ends).</summary>
    public bool MayDownload(DateOnly today) =>
        Outcome is ApplicationOutcome.Granted or ApplicationOutcome.PartlyGranted && UseUntil is { } until && today <= until;

    private void Decide(DateOnly today, bool onTheSpot)
    {
        DecidedOn = today;
        AnsweredOnTheSpot = onTheSpot;
        MaterialDueOn = null;
    }

    private void RequireReasons(string? reason, IReadOnlyCollection<int> bases)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(OpenDataApplicationErrors.ReasonRequired);
        }

        if (bases.Count == 0)
        {
            throw new DomainRuleException(OpenDataApplicationErrors.LegalBasisRequired);
        }

        RefusalReason = Limit(reason);
        RefusalLegalBasisIds = ItemIds.Format(bases.Distinct().Order());
    }

    private static string Limit(string text) => text.Trim().Length > MaxTextLength ? text.Trim()[..MaxTextLength] : text.Trim();

    private static void AddText(List<FormViolation> violations, string field, string? text, string requiredKey)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            violations.Add(new(field, requiredKey));
        }
        else if (text.Trim().Length > MaxTextLength)
        {
            violations.Add(new(field, OpenDataApplicationErrors.TooLong, MaxTextLength));
        }
    }
}
