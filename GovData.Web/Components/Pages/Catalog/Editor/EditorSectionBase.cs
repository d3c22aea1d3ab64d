using GovData.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>What every section of the editor gets: the model it edits, the last violations, and whether it is frozen.</summary>
public abstract class EditorSectionBase : ComponentBase
{
    [Parameter, EditorRequired]
    public EditorModel Model { get; set; } = default!;

    [Parameter, EditorRequired]
    public EditorErrors Errors { get; set; } = default!;

    [Parameter]
    public bool ReadOnly { get; set; }

    [Inject]
    protected IStringLocalizer<CatalogEditorResource> L { get; set; } = default!;

    protected string Label(string field) => L.Field(field);

    protected string? Error(string field) => Errors.For(field);
}
