using System.Text;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// One pass over an uploaded CSV's bytes before it is parsed: which encoding it is in (a UTF-8 BOM, else valid UTF-8,
/// else GB18030, decided by strict decoding), whether it is text at all (no NUL bytes, no UTF-16), and whether every
/// quote is closed within <see cref="DatasetOptions.MaxRowBytes"/> — the parser would otherwise read the rest of the
/// file into one row. '"', ',' and line feeds are single bytes in UTF-8 and never trail bytes in GB18030, so the
/// scan works on bytes.
/// </summary>
internal static class DatasetTextScan
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Gb18030 = "gb18030";

    static DatasetTextScan() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding StrictGb18030 => System.Text.Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static Encoding EncodingOf(string name) => name == Gb18030 ? StrictGb18030 : DatasetCsv.Utf8NoBom;

    /// <returns>The encoding's name and null, or null and the error.</returns>
    public static (string? Encoding, DatasetUploadError? Error) Scan(Stream bytes, int maxRowBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        var decoder = DatasetCsv.Utf8NoBom.GetDecoder();
        var utf8 = true;
        var first = true;
        var bom = false;
        var inQuote = false;
        long row = 1;
        long quoteRow = 0;
        long rowBytes = 0;
        int read;
        while ((read = bytes.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = buffer.AsSpan(0, read);
            if (first)
            {
                first = false;
                if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
                {
                    return (null, DatasetUploadError.Of(DatasetUploadErrors.Utf16));
                }

                if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    bom = true;
                    span = span[3..];
                }
            }

            if (span.IndexOf((byte)0) >= 0)
            {
                return (null, DatasetUploadError.Of(DatasetUploadErrors.Binary));
            }

            if (utf8)
            {
                try
                {
                    decoder.GetCharCount(span, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    utf8 = false;
                }
            }

            // Quotes and rows: jump from one '"' or '\n' to the next.
            var position = 0;
            while (position < span.Length)
            {
                var next = span[position..].IndexOfAny((byte)'"', (byte)'\n');
                if (next < 0)
                {
                    rowBytes += span.Length - position;
                    break;
                }

                rowBytes += next + 1;
                if (span[position + next] == (byte)'"')
                {
                    inQuote = !inQuote;
                    if (inQuote)
                    {
                        quoteRow = row;
                    }
                }
                else if (!inQuote)
                {
                    row++;
                    rowBytes = 0;
                }

                if (rowBytes > maxRowBytes)
                {
                    break;
                }

                position += next + 1;
            }

            if (rowBytes > maxRowBytes)
            {
                return inQuote
                    ? (null, DatasetUploadError.At(quoteRow - 1, null, null, DatasetUploadErrors.UnclosedQuote))
                    : (null, DatasetUploadError.At(row - 1, null, null, DatasetUploadErrors.RowTooLong, maxRowBytes));
            }
        }

        if (inQuote)
        {
            return (null, DatasetUploadError.At(quoteRow - 1, null, null, DatasetUploadErrors.UnclosedQuote));
        }

        if (utf8)
        {
            try
            {
                decoder.GetCharCount([], flush: true);
            }
            catch (DecoderFallbackException)
            {
                utf8 = false;
            }
        }

        return (utf8 ? (bom ? Utf8Bom : Utf8) : Gb18030, null);
    }
}
