using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovData.Domain.Catalog;

/// <summary>How drafts and versions store <see cref="CatalogEntryContent"/>: JSON with enum names (readable, stable).</summary>
public static class CatalogContentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(CatalogEntryContent content) => JsonSerializer.Serialize(content, Options);

    public static CatalogEntryContent Read(string json) =>
        JsonSerializer.Deserialize<CatalogEntryContent>(json, Options) ?? throw new JsonException("Empty catalog content.");
}
