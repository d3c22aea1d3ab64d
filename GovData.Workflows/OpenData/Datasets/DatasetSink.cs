using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using GovData.Workflows.Catalog.Excel;

namespace GovData.Workflows.OpenData.Datasets;

/// <summary>
/// Where an upload's rows go as the stored release's CSV: characters collected in a block, encoded to UTF-8 when the
/// block is full and handed to a writer task that hashes (SHA-256) and writes them to the temporary file — so the
/// reading and checking of the next rows overlaps the hashing and writing of the previous ones.
/// </summary>
internal sealed class DatasetSink : IAsyncDisposable
{
    private const int BlockChars = 1 << 16;

    private readonly Channel<(byte[] Buffer, int Length)> _blocks = Channel.CreateBounded<(byte[], int)>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private readonly Encoder _encoder = DatasetCsv.Utf8NoBom.GetEncoder();
    private readonly char[] _chars = new char[BlockChars];
    private readonly FileStream _file;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Task _writer;
    private int _length;

    public DatasetSink(string path, CancellationToken cancellationToken)
    {
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = Task.Run(() => WriteAsync(cancellationToken), cancellationToken);
    }

    public long Bytes { get; private set; }

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Flush(final: false);
        }

        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_length == _chars.Length)
            {
                Flush(final: false);
            }

            var take = Math.Min(text.Length, _chars.Length - _length);
            text[..take].CopyTo(_chars.AsSpan(_length));
            _length += take;
            text = text[take..];
        }
    }

    /// <summary>One field in the stored dialect (<see cref="DatasetCsv"/>): neutralised if asked, quoted when needed.</summary>
    public void AppendField(ReadOnlySpan<char> value, bool neutralise)
    {
        if (value.IsEmpty)
        {
            return;
        }

        var prefix = neutralise && FormulaNeutraliser.IsDangerous(value[0]);
        if (value.IndexOfAny(",\"\r\n") < 0)
        {
            if (prefix)
            {
                Append(FormulaNeutraliser.Prefix);
            }

            Append(value);
            return;
        }

        Append('"');
        if (prefix)
        {
            Append(FormulaNeutraliser.Prefix);
        }

        int quote;
        while ((quote = value.IndexOf('"')) >= 0)
        {
            Append(value[..(quote + 1)]);
            Append('"');
            value = value[(quote + 1)..];
        }

        Append(value);
        Append('"');
    }

    public void EndRow()
    {
        Append('\r');
        Append('\n');
    }

    /// <summary>Writes what is left and waits for the writer.</summary>
    /// <returns>The SHA-256 of everything written, in lower-case hex.</returns>
    public async Task<string> CompleteAsync()
    {
        Flush(final: true);
        _blocks.Writer.TryComplete();
        await _writer;
        await _file.FlushAsync();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public async ValueTask DisposeAsync()
    {
        _blocks.Writer.TryComplete();
        try
        {
            await _writer;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The upload is being abandoned: its temporary file is deleted by its owner.
        }

        await _file.DisposeAsync();
        _hash.Dispose();
    }

    private void Flush(bool final)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(DatasetCsv.Utf8NoBom.GetMaxByteCount(_length) + 4);
        var bytes = _encoder.GetBytes(_chars.AsSpan(0, _length), buffer, flush: final);
        _length = 0;
        Bytes += bytes;

        // The writer is at most a few blocks behind: wait for room (the reading thread is not the circuit's).
        if (!_blocks.Writer.TryWrite((buffer, bytes)))
        {
            _blocks.Writer.WriteAsync((buffer, bytes)).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (buffer, length) in _blocks.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    _hash.AppendData(buffer, 0, length);
                    await _file.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (Exception failure)
        {
            // The reading side then fails on its next block instead of waiting for room forever.
            _blocks.Writer.TryComplete(failure);
            throw;
        }
    }
}
