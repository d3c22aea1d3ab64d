using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovData.Domain.Resources;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// JSON: <c>{"code", "name", "release", "columns": [{"name", "englishName", "type"}], "rows": [{"名称": value, …}]}</c>;
/// numbers and booleans typed, empty cells null. Values are data, not formulas: not neutralised.
/// </summary>
public sealed class DatasetJsonWriter : IDatasetWriter
{
    private const int FlushBytes = 1 << 16;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public DatasetFormat Format => DatasetFormat.Json;

    public async Task WriteAsync(DatasetRows rows, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("code", rows.EntryCode);
        json.WriteString("name", rows.EntryName);
        json.WriteNumber("release", rows.Release.Number);
        json.WriteNumber("rowCount", rows.RowCount);
        json.WriteStartArray("columns");
        foreach (var column in rows.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("englishName", column.EnglishName);
            json.WriteString("type", column.Type.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        var names = rows.Columns.Select(c => JsonEncodedText.Encode(c.Name, Options.Encoder)).ToArray();
        foreach (var row in rows.ReadRows())
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                WriteValue(json, names[i], rows.Columns[i].Type, row[i]);
            }

            json.WriteEndObject();
            if (json.BytesPending >= FlushBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteValue(Utf8JsonWriter json, JsonEncodedText name, DataItemType type, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else if (type == DataItemType.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            json.WriteNumber(name, number);
        }
        else if (type == DataItemType.Boolean && bool.TryParse(value, out var flag))
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
