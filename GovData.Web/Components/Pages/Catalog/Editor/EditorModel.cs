using GovData.Domain.Catalog;
using GovData.Domain.Resources;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>
/// The editor's mutable copy of <see cref="CatalogEntryContent"/> (MudBlazor binds to settable properties): filled from
/// the draft, turned back into content for SaveCatalogDraft. No rules here — CatalogRules decides, the page shows.
/// </summary>
public sealed class EditorModel
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public CatalogClass CatalogClass { get; set; } = CatalogClass.Department;

    /// <summary>分类代码: the part of 资源代码 before the slash (3.01.001 of 3.01.001/GA-0001); typed only while the code
    /// has no slash yet.</summary>
    public string? ClassCode
    {
        get => Code is { } code && code.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash ? code[..slash].Trim() : _classCode;
        set => _classCode = value;
    }

    private string? _classCode;

    public Theme? Theme { get; set; }

    public BaseResourceKind? BaseResourceKind { get; set; }

    public PriorityDomain? PriorityDomain { get; set; }

    public string? ProviderCode { get; set; }

    public string? InternalUnit { get; set; }

    public string? SourceSystem { get; set; }

    public string? Summary { get; set; }

    public ResourceFormat Format { get; set; } = ResourceFormat.Database;

    public long? RecordCount { get; set; }

    public decimal? DataVolumeMB { get; set; }

    public ShareType ShareType { get; set; } = ShareType.Unconditional;

    public string? ShareCondition { get; set; }

    public ShareMethod? ShareMethod { get; set; }

    public OpenType OpenType { get; set; } = OpenType.Unconditional;

    public string? OpenCondition { get; set; }

    public string? LegalBasis { get; set; }

    public UpdateCycle UpdateCycle { get; set; } = UpdateCycle.Irregular;

    public DateTime? LastDataUpdate { get; set; }

    public DateTime? ReleaseDate { get; set; }

    /// <summary>Related resource codes, one per line (； and ; separate too).</summary>
    public string? RelatedCodes { get; set; }

    public List<ItemModel> Items { get; } = [];

    public bool NeedsLegalBasis => CatalogRules.NeedsLegalBasis(ShareType, OpenType);

    public static EditorModel From(CatalogEntryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var model = new EditorModel
        {
            Code = content.Code, Name = content.Name, CatalogClass = content.CatalogClass, ClassCode = content.ClassCode,
            Theme = content.Theme, BaseResourceKind = content.BaseResourceKind, PriorityDomain = content.PriorityDomain,
            ProviderCode = content.ProviderCode, InternalUnit = content.InternalUnit, SourceSystem = content.SourceSystem,
            Summary = content.Summary, Format = content.Format, RecordCount = content.RecordCount, DataVolumeMB = content.DataVolumeMB,
            ShareType = content.ShareType, ShareCondition = content.ShareCondition, ShareMethod = content.ShareMethod,
            OpenType = content.OpenType, OpenCondition = content.OpenCondition, LegalBasis = content.LegalBasis,
            UpdateCycle = content.UpdateCycle, LastDataUpdate = content.LastDataUpdate?.ToDateTime(TimeOnly.MinValue),
            ReleaseDate = content.ReleaseDate?.ToDateTime(TimeOnly.MinValue), RelatedCodes = string.Join('\n', content.RelatedCodes),
        };
        model.Items.AddRange(content.Items.Select(ItemModel.From));
        return model;
    }

    public CatalogEntryContent ToContent() => new()
    {
        Code = Text(Code), Name = Text(Name), CatalogClass = CatalogClass, ClassCode = Text(ClassCode),
        Theme = Theme, BaseResourceKind = BaseResourceKind, PriorityDomain = PriorityDomain, ProviderCode = Text(ProviderCode),
        InternalUnit = Blank(InternalUnit), SourceSystem = Blank(SourceSystem), Summary = Text(Summary), Format = Format,
        RecordCount = RecordCount, DataVolumeMB = DataVolumeMB, ShareType = ShareType,
        // A condition or method that no longer applies is dropped rather than kept hidden in the draft.
        ShareCondition = ShareType == ShareType.Conditional ? Blank(ShareCondition) : null,
        ShareMethod = ShareType == ShareType.NotShared ? null : ShareMethod,
        OpenType = OpenType, OpenCondition = OpenType == OpenType.OnApplication ? Blank(OpenCondition) : null,
        LegalBasis = NeedsLegalBasis ? Blank(LegalBasis) : null, UpdateCycle = UpdateCycle,
        LastDataUpdate = LastDataUpdate is { } last ? DateOnly.FromDateTime(last) : null,
        ReleaseDate = ReleaseDate is { } release ? DateOnly.FromDateTime(release) : null,
        RelatedCodes = [.. Text(RelatedCodes).Split(['\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Items = [.. Items.Select(i => i.ToContent())],
    };

    public void Move(int index, int by)
    {
        var to = index + by;
        if (index < 0 || index >= Items.Count || to < 0 || to >= Items.Count)
        {
            return;
        }

        (Items[index], Items[to]) = (Items[to], Items[index]);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string Text(string? value) => value?.Trim() ?? string.Empty;
}
