using GovData.Domain.Catalog;

namespace GovData.Domain.Resources;

/// <summary>
/// 政务数据资源: one catalog entry (Art. 3, 12) — its identity and its LIVE content, which is what the sharing and open
/// catalogs and the grants read. A Draft entry (never published) holds its department's latest draft content, visible
/// only inside the department and to the bureau (decision 0006); once published, edits live in a
/// <see cref="CatalogDraft"/> and reach this entity only by <see cref="Publish"/> (decision 0010).
/// </summary>
public sealed class DataResource
{
    private readonly List<DataItem> _items = [];
    private List<string> _relatedCodes = [];

    private DataResource()
    {
    }

    private DataResource(ResourceCode code, int providerDepartmentId)
    {
        Code = code;
        ProviderDepartmentId = providerDepartmentId;
        Status = CatalogStatus.Draft;
    }

    public int Id { get; private set; }

    public ResourceCode Code { get; private set; } = default!;

    public string Name { get; private set; } = string.Empty;

    public CatalogClass CatalogClass { get; private set; }

    public ClassCode ClassCode { get; private set; } = default!;

    public Theme? Theme { get; private set; }

    public BaseResourceKind? BaseResourceKind { get; private set; }

    public PriorityDomain? PriorityDomain { get; private set; }

    public int ProviderDepartmentId { get; private set; }

    public string? InternalUnit { get; private set; }

    public string? SourceSystem { get; private set; }

    public string? Summary { get; private set; }

    public ResourceFormat Format { get; private set; }

    public long? RecordCount { get; private set; }

    public decimal? DataVolumeMB { get; private set; }

    public ShareType ShareType { get; private set; }

    public string? ShareCondition { get; private set; }

    public ShareMethod? ShareMethod { get; private set; }

    public OpenType OpenType { get; private set; }

    public string? OpenCondition { get; private set; }

    /// <summary>法律、法规或者规章依据: required when the share or open type restricts (Art. 20, 27).</summary>
    public string? LegalBasis { get; private set; }

    public UpdateCycle UpdateCycle { get; private set; }

    public DateOnly? LastDataUpdate { get; private set; }

    public DateOnly? ReleaseDate { get; private set; }

    public IReadOnlyList<string> RelatedCodes => _relatedCodes;

    public CatalogStatus Status { get; private set; }

    /// <summary>The number of the latest published version; 0 while never published.</summary>
    public int CurrentVersion { get; private set; }

    /// <summary>All items, retired ones included (see <see cref="DataItem.IsRetired"/>).</summary>
    public IReadOnlyList<DataItem> Items => _items;

    public IEnumerable<DataItem> ActiveItems => _items.Where(i => !i.IsRetired).OrderBy(i => i.Position);

    /// <summary>Art. 16: has the data not been updated within its cycle (+ grace)? See <see cref="CatalogStaleness"/>.</summary>
    public bool IsStale(DateOnly today) => CatalogStaleness.IsStale(UpdateCycle, LastDataUpdate, today);

    /// <summary>
    /// A new entry of <paramref name="providerDepartmentId"/>, in Draft status, holding <paramref name="content"/>
    /// (which may still break rules: they are checked on submit and publish).
    /// </summary>
    public static DataResource NewDraft(CatalogEntryContent content, int providerDepartmentId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var resource = new DataResource(ResourceCode.Parse(content.Code), providerDepartmentId);
        resource.Apply(content);
        return resource;
    }

    /// <summary>Changes the content of an entry that was never published (published entries change only by publishing).</summary>
    public void ReviseDraft(CatalogEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Status != CatalogStatus.Draft)
        {
            throw new DomainRuleException(CatalogErrors.DraftNotEditable, Code.Value);
        }

        Code = ResourceCode.Parse(content.Code);
        Apply(content);
    }

    /// <summary>
    /// Makes <paramref name="content"/> the live entry (rules checked here too) and returns version n+1. Items are
    /// matched by name: a kept name keeps its id, a new name is added, a dropped one is retired.
    /// </summary>
    public CatalogVersion Publish(CatalogEntryContent content, CatalogRuleContext context, string userId, string userName, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Id == 0)
        {
            throw new InvalidOperationException("Save the entry before publishing it: the version refers to its id.");
        }

        CatalogRules.Ensure(content, context);
        if (Status == CatalogStatus.Retired)
        {
            throw new DomainRuleException(CatalogErrors.AlreadyRetired, Code.Value);
        }

        var published = content with { ReleaseDate = content.ReleaseDate ?? ReleaseDate ?? today };
        Code = ResourceCode.Parse(published.Code);
        Apply(published);
        Status = CatalogStatus.Published;
        CurrentVersion++;
        return new CatalogVersion(Id, CurrentVersion, CatalogContentJson.Write(ToContent()), userId, userName, nowUtc);
    }

    /// <summary>
    /// A new release of the entry's data was stored on <paramref name="day"/> (Art. 16: staleness counts from it). Only a
    /// published entry has data; the date never moves back.
    /// </summary>
    public void RecordDataRelease(DateOnly day)
    {
        if (Status != CatalogStatus.Published)
        {
            throw new DomainRuleException(CatalogErrors.NotPublished, Code.Value);
        }

        if (LastDataUpdate is not { } last || day > last)
        {
            LastDataUpdate = day;
        }
    }

    /// <summary>Takes a published entry out of the sharing and open catalogs; its versions stay readable.</summary>
    public void Retire()
    {
        if (Status != CatalogStatus.Published)
        {
            throw new DomainRuleException(Status == CatalogStatus.Retired ? CatalogErrors.AlreadyRetired : CatalogErrors.NotPublished, Code.Value);
        }

        Status = CatalogStatus.Retired;
    }

    /// <summary>The live content (active items in order), e.g. to start a revision or to compare.</summary>
    public CatalogEntryContent ToContent() => new()
    {
        Code = Code.Value,
        Name = Name,
        CatalogClass = CatalogClass,
        ClassCode = ClassCode.Value,
        Theme = Theme,
        BaseResourceKind = BaseResourceKind,
        PriorityDomain = PriorityDomain,
        ProviderCode = Code.ProviderCode,
        InternalUnit = InternalUnit,
        SourceSystem = SourceSystem,
        Summary = Summary ?? string.Empty,
        Format = Format,
        RecordCount = RecordCount,
        DataVolumeMB = DataVolumeMB,
        ShareType = ShareType,
        ShareCondition = ShareCondition,
        ShareMethod = ShareMethod,
        OpenType = OpenType,
        OpenCondition = OpenCondition,
        LegalBasis = LegalBasis,
        UpdateCycle = UpdateCycle,
        LastDataUpdate = LastDataUpdate,
        ReleaseDate = ReleaseDate,
        RelatedCodes = [.. _relatedCodes],
        Items = [.. ActiveItems.Select(i => i.ToContent())],
    };

    private void Apply(CatalogEntryContent content)
    {
        Name = content.Name.Trim();
        CatalogClass = content.CatalogClass;
        ClassCode = ClassCode.TryParse(content.ClassCode, out var classCode, out _) ? classCode : Code.ClassCode;
        Theme = content.Theme;
        BaseResourceKind = content.BaseResourceKind;
        PriorityDomain = content.PriorityDomain;
        InternalUnit = DataItem.Clean(content.InternalUnit);
        SourceSystem = DataItem.Clean(content.SourceSystem);
        Summary = DataItem.Clean(content.Summary);
        Format = content.Format;
        RecordCount = content.RecordCount;
        DataVolumeMB = content.DataVolumeMB;
        ShareType = content.ShareType;
        ShareCondition = DataItem.Clean(content.ShareCondition);
        ShareMethod = content.ShareType == ShareType.NotShared ? null : content.ShareMethod;
        OpenType = content.OpenType;
        OpenCondition = DataItem.Clean(content.OpenCondition);
        LegalBasis = DataItem.Clean(content.LegalBasis);
        UpdateCycle = content.UpdateCycle;
        LastDataUpdate = content.LastDataUpdate;
        ReleaseDate = content.ReleaseDate;
        _relatedCodes = [.. content.RelatedCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];
        ApplyItems(content.Items);
    }

    private void ApplyItems(IReadOnlyList<CatalogItemContent> items)
    {
        var byName = _items.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = new HashSet<DataItem>();
        for (var position = 0; position < items.Count; position++)
        {
            var content = items[position];
            var name = content.Name.Trim();
            if (name.Length == 0 || (byName.TryGetValue(name, out var seen) && kept.Contains(seen)))
            {
                // Nameless or repeated items break the rules; a draft may hold them, the live entry skips them.
                continue;
            }

            if (seen is not null)
            {
                seen.Apply(position, content);
                kept.Add(seen);
            }
            else
            {
                var item = new DataItem(position, content);
                _items.Add(item);
                byName[name] = item;
                kept.Add(item);
            }
        }

        foreach (var dropped in _items.Where(i => !kept.Contains(i)))
        {
            dropped.Retire();
        }
    }
}
