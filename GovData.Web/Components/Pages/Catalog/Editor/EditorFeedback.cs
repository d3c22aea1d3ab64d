using System.Globalization;
using GovData.Domain.Resources;
using GovData.Web.Localization;
using GovData.Workflows.Catalog;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace GovData.Web.Components.Pages.Catalog.Editor;

/// <summary>The outcome line of the last action.</summary>
public sealed record EditorMessage(Severity Severity, string Text);

/// <summary>
/// What the editor tells after an action: the broken rules (at their fields and in the summary), a conflicting save by
/// someone else, or one message — each use-case key worded in the user's language (CatalogResource).
/// </summary>
public sealed class EditorFeedback(IStringLocalizer<CatalogResource> rules)
{
    public EditorErrors Errors { get; private set; } = EditorErrors.None(rules);

    public bool Conflict { get; private set; }

    public EditorMessage? Message { get; private set; }

    public void Clear()
    {
        Errors = EditorErrors.None(rules);
        Conflict = false;
        Message = null;
    }

    public void Tell(Severity severity, string text) => Message = new EditorMessage(severity, text);

    /// <summary>A refused save or submit: its violations, the conflict, or its message.</summary>
    public void Show(CatalogResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Violations.Count > 0)
        {
            Errors = new EditorErrors(result.Violations, rules);
        }
        else if (result.ErrorKey == CatalogErrors.DraftOpenElsewhere)
        {
            Conflict = true;
        }
        else if (result.ErrorKey is { } key)
        {
            var template = rules[key];
            Tell(Severity.Error, template.ResourceNotFound ? key : string.Format(CultureInfo.CurrentCulture, template.Value, [.. result.Arguments]));
        }
    }
}
