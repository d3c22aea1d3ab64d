using GovData.Web.Localization;
using GovData.Workflows.Oversight;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Components.Pages.Oversight;

/// <summary>Words a refused oversight result in the user's language (its key and arguments; never an exception text).</summary>
public static class OversightText
{
    public static string Error(this IStringLocalizer<OversightResource> localizer, OversightResult result)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(result);
        var text = localizer[result.ErrorKey ?? "Oversight.Error.NotAllowed", [.. result.Arguments]];
        return text.ResourceNotFound ? localizer["Oversight.Error.NotAllowed"] : text.Value;
    }
}
