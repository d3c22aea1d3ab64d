using System.ComponentModel.DataAnnotations;
using GovData.Domain.Resources;

namespace GovData.Domain.Catalog;

/// <summary>
/// The department's working copy of an entry (decision 0010): content as JSON of <see cref="CatalogEntryContent"/>,
/// at most one open draft per entry (<see cref="OpenForResourceId"/> is unique), edited while Editing or Returned,
/// frozen while Submitted, closed when published or discarded. A draft of a published entry never changes the live
/// entry until it is published.
/// </summary>
public sealed class CatalogDraft
{
    private CatalogDraft()
    {
    }

    public CatalogDraft(int dataResourceId, int baseVersion, CatalogEntryContent content, string userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        DataResourceId = dataResourceId;
        OpenForResourceId = dataResourceId;
        BaseVersion = baseVersion;
        ContentJson = CatalogContentJson.Write(content);
        Status = CatalogDraftStatus.Editing;
        CreatedByUserId = userId;
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    /// <summary>The entry's id while this draft is open, null once closed: a unique index keeps one open draft per entry.</summary>
    public int? OpenForResourceId { get; private set; }

    /// <summary>The version the draft started from (0 for an entry never published).</summary>
    public int BaseVersion { get; private set; }

    public string ContentJson { get; private set; } = string.Empty;

    public CatalogDraftStatus Status { get; private set; }

    public long? WorkflowInstanceId { get; private set; }

    public string CreatedByUserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>App-managed optimistic concurrency token (SQLite has none of its own).</summary>
    [ConcurrencyCheck]
    public int Revision { get; private set; }

    public bool IsOpen => OpenForResourceId is not null;

    public bool IsEditable => Status is CatalogDraftStatus.Editing or CatalogDraftStatus.Returned;

    public CatalogEntryContent Content() => CatalogContentJson.Read(ContentJson);

    public void Edit(CatalogEntryContent content, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsEditable)
        {
            throw new DomainRuleException(CatalogErrors.DraftNotEditable, Status);
        }

        ContentJson = CatalogContentJson.Write(content);
        Touch(nowUtc);
    }

    public void AttachWorkflow(long instanceId) => WorkflowInstanceId ??= instanceId;

    public void Submit(DateTime nowUtc) => Move(CatalogDraftStatus.Submitted, nowUtc, CatalogDraftStatus.Editing, CatalogDraftStatus.Returned);

    public void Return(DateTime nowUtc) => Move(CatalogDraftStatus.Returned, nowUtc, CatalogDraftStatus.Submitted);

    public void MarkPublished(DateTime nowUtc)
    {
        Move(CatalogDraftStatus.Published, nowUtc, CatalogDraftStatus.Submitted);
        OpenForResourceId = null;
    }

    public void Discard(DateTime nowUtc)
    {
        Move(CatalogDraftStatus.Discarded, nowUtc, CatalogDraftStatus.Editing, CatalogDraftStatus.Returned, CatalogDraftStatus.Submitted);
        OpenForResourceId = null;
    }

    private void Move(CatalogDraftStatus to, DateTime nowUtc, params CatalogDraftStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainRuleException(CatalogErrors.DraftNotEditable, Status);
        }

        Status = to;
        Touch(nowUtc);
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Revision++;
    }
}
