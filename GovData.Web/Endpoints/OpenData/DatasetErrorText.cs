using System.Globalization;
using GovData.Web.Localization;
using GovData.Workflows.OpenData.Datasets;
using Microsoft.Extensions.Localization;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>An upload error in the reader's language (its key is a resource of <see cref="OpenDataResource"/>).</summary>
public static class DatasetErrorText
{
    public static string Message(IStringLocalizer<OpenDataResource> text, DatasetUploadError error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        return string.Format(CultureInfo.CurrentCulture, text[error.Key], [.. error.Arguments]);
    }
}
