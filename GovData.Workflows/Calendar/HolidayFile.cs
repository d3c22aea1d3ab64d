using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovData.Workflows.Calendar;

/// <summary>The shape of the official schedule files (holidays/2025.json): year, source and the exception days.</summary>
public sealed record HolidayFile(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("days")] IReadOnlyList<HolidayFileDay> Days)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static HolidayFile Parse(Stream json) =>
        JsonSerializer.Deserialize<HolidayFile>(json, Options) ?? throw new JsonException("Empty holiday file.");

    /// <summary>The 2025 and 2026 schedules shipped inside this assembly (copies of shared/domain/holidays).</summary>
    public static IReadOnlyList<HolidayFile> Embedded()
    {
        var assembly = typeof(HolidayFile).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("GovData.Workflows.Calendar.Data.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(n =>
                {
                    using var stream = assembly.GetManifestResourceStream(n)!;
                    return Parse(stream);
                }),
        ];
    }
}

public sealed record HolidayFileDay(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("isOffDay")] bool IsOffDay);
