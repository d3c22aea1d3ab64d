using GovData.Domain.Resources;
using GovData.Workflows.OpenData.Datasets;

namespace GovData.Web.Endpoints.OpenData;

/// <summary>
/// The controlled vocabularies DCAT-AP 3 names (EU Publications Office authority tables): frequency, access right,
/// data theme, file type; and IANA media types.
/// </summary>
internal static class DcatVocabulary
{
    private const string Authority = "http://publications.europa.eu/resource/authority/";

    public static string Frequency(UpdateCycle cycle) => Authority + "frequency/" + cycle switch
    {
        UpdateCycle.RealTime => "UPDATE_CONT",
        UpdateCycle.Daily => "DAILY",
        UpdateCycle.Weekly => "WEEKLY",
        UpdateCycle.Monthly => "MONTHLY",
        UpdateCycle.Quarterly => "QUARTERLY",
        UpdateCycle.HalfYearly => "ANNUAL_2",
        UpdateCycle.Yearly => "ANNUAL",
        _ => "IRREG",
    };

    public static string AccessRight(OpenType open) => Authority + "access-right/" + open switch
    {
        OpenType.Unconditional => "PUBLIC",
        OpenType.OnApplication => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    /// <summary>The EU data themes of an entry: from its Art. 28 priority domain and its theme; government otherwise.</summary>
    public static IReadOnlyList<string> Themes(PriorityDomain? domain, Theme? theme)
    {
        var codes = new List<string>();
        if (domain is { } d)
        {
            codes.Add(d switch
            {
                PriorityDomain.Transport => "TRAN",
                PriorityDomain.Medical => "HEAL",
                PriorityDomain.Education => "EDUC",
                PriorityDomain.Environment or PriorityDomain.Weather => "ENVI",
                PriorityDomain.Employment or PriorityDomain.SocialSecurity => "SOCI",
                _ => "ECON",
            });
        }

        if (theme is { } t)
        {
            codes.Add(t switch
            {
                Theme.Health or Theme.FoodDrugSafety => "HEAL",
                Theme.SocialSecurity or Theme.Community => "SOCI",
                Theme.Ecology => "ENVI",
                Theme.UrbanRural => "REGI",
                Theme.EmergencyManagement or Theme.Stability => "JUST",
                _ => "ECON",
            });
        }

        if (codes.Count == 0)
        {
            codes.Add("GOVE");
        }

        return [.. codes.Distinct(StringComparer.Ordinal).Select(c => Authority + "data-theme/" + c)];
    }

    public static string FileType(DatasetFormat format) => Authority + "file-type/" + format switch
    {
        DatasetFormat.Csv => "CSV",
        DatasetFormat.Json => "JSON",
        _ => "XLSX",
    };

    public static string MediaType(DatasetFormat format) => "https://www.iana.org/assignments/media-types/" + DatasetFormats.MediaType(format);
}
