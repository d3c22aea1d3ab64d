using System.Globalization;
using GovData.Domain.Catalog;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog;

/// <summary>
/// The texts of an import: workbook errors and the import's own keys live in CatalogImportResource, the catalog rules
/// (<c>Catalog.*</c>) in CatalogResource; one place picks the right one (page and API alike).
/// </summary>
public static class ImportText
{
    public static string Message(CatalogWorkbookError error, IStringLocalizer<CatalogImportResource> import, IStringLocalizer<CatalogResource> catalog)
    {
        ArgumentNullException.ThrowIfNull(error);
        var template = error.Key.StartsWith("Catalog.", StringComparison.Ordinal) ? catalog[error.Key] : import[error.Key];
        return string.Format(CultureInfo.CurrentCulture, template.Value, [.. error.Arguments]);
    }

    /// <summary>目录!C7 style, or empty for a file-level error.</summary>
    public static string Cell(CatalogWorkbookError error) =>
        error.Row is null ? error.Sheet ?? string.Empty : $"{error.Column}{error.Row.Value.ToString(CultureInfo.InvariantCulture)}";

    public static string Format(this IStringLocalizer<CatalogImportResource> text, string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, text[key].Value, arguments);

    public static string Status(this IStringLocalizer<CatalogImportResource> text, ImportEntryStatus status) => text[$"Import.Status.{status}"];

    public static string Outcome(this IStringLocalizer<CatalogImportResource> text, ImportOutcome outcome) => text[$"Import.Outcome.{outcome}"];

    public static Color StatusColor(ImportEntryStatus status) => status switch
    {
        ImportEntryStatus.Create => Color.Success,
        ImportEntryStatus.Update => Color.Info,
        ImportEntryStatus.Error => Color.Error,
        _ => Color.Default,
    };

    public static Color OutcomeColor(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Committed => Color.Success,
        ImportOutcome.Refused => Color.Error,
        _ => Color.Default,
    };
}
