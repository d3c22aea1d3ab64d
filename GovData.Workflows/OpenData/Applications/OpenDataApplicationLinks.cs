using System.Globalization;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>The applicant's and the reply's addresses, in one place.</summary>
public static class OpenDataApplicationLinks
{
    public const string Mine = "/portal/applications";

    public static string Detail(int applicationId) => string.Create(CultureInfo.InvariantCulture, $"/portal/applications/{applicationId}");

    public static string Reply(int applicationId) => string.Create(CultureInfo.InvariantCulture, $"/portal/applications/{applicationId}/reply.pdf");

    public static string Download(int applicationId) => string.Create(CultureInfo.InvariantCulture, $"/portal/applications/{applicationId}/data.csv");

    public static string Verify(string code) => "/portal/replies/" + Uri.EscapeDataString(code);
}
