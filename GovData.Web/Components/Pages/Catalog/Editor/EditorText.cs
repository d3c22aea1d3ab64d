using GovData.Web.Localization;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>Labels of the editor: a field's name (Editor.Field.*) and an enumeration member (Enum.{Type}.{Member}).</summary>
public static class EditorText
{
    public static string Field(this IStringLocalizer<CatalogEditorResource> l, string field) => l["Editor.Field." + field];

    public static string Item(this IStringLocalizer<CatalogEditorResource> l, string field) => l["Editor.Item." + field];

    public static string Enum(this IStringLocalizer<CatalogEditorResource> l, object? value) =>
        value is null ? string.Empty : l[$"Enum.{value.GetType().Name}.{value}"];
}
