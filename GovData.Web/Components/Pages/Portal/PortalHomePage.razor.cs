using GovData.Workflows.OpenData.Portal;
using Microsoft.AspNetCore.Components;

namespace GovData.Web.Components.Pages.Portal;

/// <summary>
/// The open-data portal's front page (Art. 25, 28): search, the priority domains first, counts per theme and
/// department, the recently updated. Filters live in the address so a search can be bookmarked and shared.
/// </summary>
public partial class PortalHomePage
{
    public const int PageSize = 10;

    private PortalOverview? _overview;
    private OpenCatalogPage? _results;
    private string? _text;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "domain")]
    public int? Domain { get; set; }

    [SupplyParameterFromQuery(Name = "theme")]
    public int? Theme { get; set; }

    [SupplyParameterFromQuery(Name = "dept")]
    public int? Dept { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public int? PageParameter { get; set; }

    private int PageNumber => Math.Clamp(PageParameter ?? 1, 1, OpenCatalogSearch.MaxStart / PageSize);

    private bool IsSearching => !string.IsNullOrWhiteSpace(Q) || Domain is not null || Theme is not null || Dept is not null;

    protected override async Task OnParametersSetAsync()
    {
        _text = Q;
        _overview ??= await Overview.ExecuteAsync();
        _results = IsSearching
            ? await Search.ExecuteAsync(new OpenCatalogSearch(
                Text: Q,
                Theme: Theme is { } t && Enum.IsDefined((Domain.Resources.Theme)t) ? (Domain.Resources.Theme)t : null,
                DepartmentId: Dept,
                PriorityDomain: Domain is { } d && Enum.IsDefined((Domain.Resources.PriorityDomain)d) ? (Domain.Resources.PriorityDomain)d : null,
                PriorityFirst: true,
                Start: (PageNumber - 1) * PageSize,
                Rows: PageSize))
            : null;
    }

    private void SubmitAsync() => Navigation.NavigateTo(Link(text: _text));

    /// <summary>The portal's address with these filters (none: the front page).</summary>
    private string Link(int? domain = null, int? theme = null, int? dept = null, int page = 1, string? text = null) =>
        Navigation.GetUriWithQueryParameters("/portal", new Dictionary<string, object?>
        {
            ["q"] = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
            ["domain"] = domain,
            ["theme"] = theme,
            ["dept"] = dept,
            ["page"] = page > 1 ? page : null,
        });

}
