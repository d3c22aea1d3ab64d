using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace GovData.Benchmarks;

/// <summary>
/// The built web app as a real process (<c>dotnet GovData.Web.dll</c>, Production, as the E2E fixture runs it) on a
/// free loopback port, over a given database; its memory is read from /proc. Killed on dispose.
/// </summary>
internal sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private WebAppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    /// <param name="databasePath">The SQLite database (its folder is the data directory: datasets live beside it).</param>
    /// <param name="settings">Further <c>--Key=Value</c> settings.</param>
    public static async Task<WebAppProcess> StartAsync(string databasePath, params string[] settings)
    {
        var root = RepositoryRoot();
        var dll = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "GovData.Web", "bin", c, "net10.0", "GovData.Web.dll"))
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("GovData.Web.dll is missing: dotnet build GovData.Web -c Release first.");
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var directory = Path.GetDirectoryName(databasePath)!;
        foreach (var arg in new[]
        {
            dll,
            "--urls", baseUrl,
            $"--ConnectionStrings:GovData=Data Source={databasePath}",
            $"--Jobs:SqliteStoragePath={Path.Combine(directory, "govdata-jobs.db")}",
            "--Logging:LogLevel:Default=Warning",
        }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");

        // Drained so the app never blocks on a full pipe; the last lines are kept to explain a failed start.
        var app = new WebAppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app.WaitUntilAnsweringAsync();
            return app;
        }
        catch
        {
            app.Dispose();
            throw;
        }
    }

    /// <summary>VmRSS, RssAnon and VmHWM (the peak resident set) of the app, in MB.</summary>
    public ProcessMemory Memory() => ProcessMemory.Of(_process.Id);

    /// <summary>Resets the app's peak resident set (VmHWM), so the next <see cref="Memory"/> peak covers one phase.</summary>
    public void ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not Linux, or not allowed: the peak then covers the app's whole life (an upper bound).
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GovData.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GovData.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{string.Join('\n', _output)}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/Account/Login");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The app did not answer on {BaseUrl}.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 40 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Resident memory of a process from /proc/PID/status, in MB.</summary>
internal sealed record ProcessMemory(double RssMegabytes, double AnonymousMegabytes, double PeakMegabytes)
{
    public static ProcessMemory Of(int processId)
    {
        var lines = File.ReadAllLines($"/proc/{processId}/status");
        return new ProcessMemory(Kilobytes(lines, "VmRSS:") / 1024.0, Kilobytes(lines, "RssAnon:") / 1024.0, Kilobytes(lines, "VmHWM:") / 1024.0);
    }

    private static long Kilobytes(string[] lines, string key) =>
        long.Parse(
            lines.Single(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0],
            CultureInfo.InvariantCulture);
}
