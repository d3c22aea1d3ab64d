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
        // A character split across two reads is carried over and checked whole with the next read.
        var carry = new byte[8];
        var carried = 0;
        var utf8 = true;
        var guard = new DatasetTextGuard(maxRowBytes);
        int read;
        while ((read = bytes.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (guard.Next(buffer.AsSpan(0, read)) is { } error)
            {
                return (null, error);
            }

            if (utf8)
            {
                // A BOM is valid UTF-8 too.
                utf8 = IsValidUtf8(buffer.AsSpan(0, read), carry, ref carried);
            }
        }

        if (guard.End() is { } unclosed)
        {
            return (null, unclosed);
        }

        if (carried > 0)
        {
            // The file ends inside a character.
            utf8 = false;
        }

        return (utf8 ? (guard.HasBom ? Utf8Bom : Utf8) : Gb18030, null);
    }

    /// <summary>
    /// Strict UTF-8 validation of one read (vectorised <see cref="System.Text.Unicode.Utf8.IsValid"/>), with the bytes of a character that
    /// the read cut off kept in <paramref name="carry"/> for the next one.
    /// </summary>
    private static bool IsValidUtf8(ReadOnlySpan<byte> span, byte[] carry, ref int carried)
    {
        if (carried > 0)
        {
            var missing = Math.Max(0, SequenceLength(carry[0]) - carried);
            var take = Math.Min(missing, span.Length);
            span[..take].CopyTo(carry.AsSpan(carried));
            carried += take;
            span = span[take..];
            if (take < missing)
            {
                return true;
            }

            if (!System.Text.Unicode.Utf8.IsValid(carry.AsSpan(0, carried)))
            {
                return false;
            }

            carried = 0;
        }

        var complete = span.Length;
        for (var back = 1; back <= Math.Min(3, span.Length); back++)
        {
            var b = span[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            if (b >= 0xC0 && SequenceLength(b) > back)
            {
                complete = span.Length - back;
            }

            break;
        }

        if (!System.Text.Unicode.Utf8.IsValid(span[..complete]))
        {
            return false;
        }

        span[complete..].CopyTo(carry);
        carried = span.Length - complete;
        return true;
    }

    private static int SequenceLength(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

/// <summary>
/// The byte checks of <see cref="DatasetTextScan"/> read by read: no UTF-16, no NUL bytes, every quote closed and every
/// row within the byte limit. Used by the scan and, during an upload, on the bytes as the parser reads them
/// (<see cref="DatasetGuardedStream"/>), so the parser never holds more than one row's limit.
/// </summary>
internal sealed class DatasetTextGuard(int maxRowBytes)
{
    private bool _first = true;
    private bool _inQuote;
    private long _row = 1;
    private long _quoteRow;
    private long _rowBytes;

    public bool HasBom { get; private set; }

    /// <returns>Null while the bytes are acceptable, else the refusal.</returns>
    public DatasetUploadError? Next(ReadOnlySpan<byte> span)
    {
        if (_first)
        {
            _first = false;
            if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
            {
                return DatasetUploadError.Of(DatasetUploadErrors.Utf16);
            }

            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                HasBom = true;
                span = span[3..];
            }
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            return DatasetUploadError.Of(DatasetUploadErrors.Binary);
        }

        // Quotes and rows: jump from one '"' or '\n' to the next.
        var position = 0;
        while (position < span.Length)
        {
            var next = span[position..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                _rowBytes += span.Length - position;
                break;
            }

            _rowBytes += next + 1;
            if (span[position + next] == (byte)'"')
            {
                _inQuote = !_inQuote;
                if (_inQuote)
                {
                    _quoteRow = _row;
                }
            }
            else if (!_inQuote)
            {
                _row++;
                _rowBytes = 0;
            }

            if (_rowBytes > maxRowBytes)
            {
                break;
            }

            position += next + 1;
        }

        if (_rowBytes > maxRowBytes)
        {
            return _inQuote
                ? DatasetUploadError.At(_quoteRow - 1, null, null, DatasetUploadErrors.UnclosedQuote)
                : DatasetUploadError.At(_row - 1, null, null, DatasetUploadErrors.RowTooLong, maxRowBytes);
        }

        return null;
    }

    /// <returns>Null when the text ended outside a quote, else the refusal.</returns>
    public DatasetUploadError? End() =>
        _inQuote ? DatasetUploadError.At(_quoteRow - 1, null, null, DatasetUploadErrors.UnclosedQuote) : null;
}

/// <summary>
/// An upload read through <see cref="DatasetTextGuard"/>: a read that breaks its rules ends the reading with a
/// <see cref="DatasetSourceException"/> before the parser gets the bytes.
/// </summary>
internal sealed class DatasetGuardedStream(Stream inner, int maxRowBytes) : Stream
{
    private readonly DatasetTextGuard _guard = new(maxRowBytes);

    public bool HasBom => _guard.HasBom;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var error = read == 0 ? _guard.End() : _guard.Next(buffer[..read]);
        return error is null ? read : throw new DatasetSourceException(error);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
