using System.Text;
using nietras.SeparatedValues;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>The CSV dialect of stored releases and downloads: comma, RFC 4180 quoting, UTF-8, CRLF.</summary>
public static class DatasetCsv
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A reader of a stored file (written by us: comma-separated, quoted where needed, header first).</summary>
    internal static SepReaderOptions StoredReader() =>
        new Sep(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableFastFloat = true });

    /// <summary>Appends one field, quoted when it holds a comma, a quote or a line break.</summary>
    public static void AppendField(StringBuilder line, string? value)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                line.Append('"');
            }

            line.Append(c);
        }

        line.Append('"');
    }

    /// <summary>Appends a row (fields already neutralised by the caller when they are written for people).</summary>
    public static void AppendRow(StringBuilder line, IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, values[i]);
        }

        line.Append("\r\n");
    }
}
