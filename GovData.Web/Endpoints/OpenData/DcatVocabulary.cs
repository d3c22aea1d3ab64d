using System.Collections.Frozen;
using System.Text.Json;
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

    /// <summary>The IRIs a DCAT page repeats for every dataset, JSON-encoded once (decision 0036).</summary>
    public static class Encoded
    {
        private static readonly FrozenDictionary<UpdateCycle, JsonEncodedText> Frequencies =
            Enum.GetValues<UpdateCycle>().ToFrozenDictionary(c => c, c => JsonEncodedText.Encode(DcatVocabulary.Frequency(c)));

        private static readonly FrozenDictionary<OpenType, JsonEncodedText> AccessRights =
            Enum.GetValues<OpenType>().ToFrozenDictionary(o => o, o => JsonEncodedText.Encode(DcatVocabulary.AccessRight(o)));

        private static readonly FrozenDictionary<string, JsonEncodedText> ThemeIris =
            new[] { "TRAN", "HEAL", "EDUC", "ENVI", "SOCI", "ECON", "REGI", "JUST", "GOVE" }.ToFrozenDictionary(c => c, c => JsonEncodedText.Encode(ThemeIri(c)), StringComparer.Ordinal);

        public static JsonEncodedText Frequency(UpdateCycle cycle) => Frequencies.TryGetValue(cycle, out var iri) ? iri : JsonEncodedText.Encode(DcatVocabulary.Frequency(cycle));

        public static JsonEncodedText AccessRight(OpenType open) => AccessRights.TryGetValue(open, out var iri) ? iri : JsonEncodedText.Encode(DcatVocabulary.AccessRight(open));

        /// <summary>The same themes as <see cref="Themes"/>, in the same order, without building a list.</summary>
        /// <returns>How many themes (1 or 2): <paramref name="first"/>, then <paramref name="second"/> when 2.</returns>
        public static int Themes(PriorityDomain? domain, Theme? theme, out JsonEncodedText first, out JsonEncodedText second)
        {
            second = default;
            if (domain is not { } d)
            {
                first = ThemeIris[theme is { } only ? ThemeCode(only) : "GOVE"];
                return 1;
            }

            first = ThemeIris[DomainCode(d)];
            if (theme is { } t && ThemeCode(t) != DomainCode(d))
            {
                second = ThemeIris[ThemeCode(t)];
                return 2;
            }

            return 1;
        }
    }

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
            codes.Add(DomainCode(d));
        }

        if (theme is { } t)
        {
            codes.Add(ThemeCode(t));
        }

        if (codes.Count == 0)
        {
            codes.Add("GOVE");
        }

        return [.. codes.Distinct(StringComparer.Ordinal).Select(ThemeIri)];
    }

    private static string ThemeIri(string code) => Authority + "data-theme/" + code;

    private static string DomainCode(PriorityDomain domain) => domain switch
    {
        PriorityDomain.Transport => "TRAN",
        PriorityDomain.Medical => "HEAL",
        PriorityDomain.Education => "EDUC",
        PriorityDomain.Environment or PriorityDomain.Weather => "ENVI",
        PriorityDomain.Employment or PriorityDomain.SocialSecurity => "SOCI",
        _ => "ECON",
    };

    private static string ThemeCode(Theme theme) => theme switch
    {
        Theme.Health or Theme.FoodDrugSafety => "HEAL",
        Theme.SocialSecurity or Theme.Community => "SOCI",
        Theme.Ecology => "ENVI",
        Theme.UrbanRural => "REGI",
        Theme.EmergencyManagement or Theme.Stability => "JUST",
        _ => "ECON",
    };

    public static string FileType(DatasetFormat format) => Authority + "file-type/" + format switch
    {
        DatasetFormat.Csv => "CSV",
        DatasetFormat.Json => "JSON",
        _ => "XLSX",
    };

    public static string MediaType(DatasetFormat format) => "https://www.iana.org/assignments/media-types/" + DatasetFormats.MediaType(format);
}
