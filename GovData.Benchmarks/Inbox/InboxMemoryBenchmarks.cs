using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace GovData.Benchmarks.Inbox;

/// <summary>
/// Server memory per connected user on the inbox page: the built app as a real process (<c>dotnet GovData.Web.dll</c>,
/// as the E2E fixture runs it: temp database, demo data, its default GC settings), one warm-up user signed in with
/// /inbox open (JIT, caches, calendar loaded), then <see cref="Users"/> more Playwright browser contexts (own cookies,
/// own circuit each) signed in as demo approvers with /inbox open and kept open. The working set (VmRSS) and its
/// anonymous part (RssAnon: the GC heap and native allocations) are read from /proc before and after; if
/// dotnet-gcdump is found (the repository's tool manifest: <c>dotnet tool restore</c>), also the live managed heap after a full GC. Working set deltas include garbage the
/// server GC has not collected yet, so the live heap is the closer figure for what a circuit keeps. One run: it is
/// heavy. Needs a build of GovData.Web (Release preferred; stale if not rebuilt) and Debian's Chromium.
/// </summary>
internal sealed class InboxMemoryBenchmarks : IBenchmarkGroup
{
    private const int Users = 30;
    private const string Password = "GovData#2026";
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    // Municipal departments of the demo data (DemoUsers: one approver per department and role).
    private static readonly string[] Approvers =
        ["approver.ga", "approver.scjg", "approver.rs", "approver.wj", "approver.zrzy", "approver.jt"];

    public string Name => "inbox-memory";

    public async Task RunAsync(FigureWriter output)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "govdata-bench-inbox-memory", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var app = await WebAppProcess.StartAsync(Path.Combine(dataDirectory, "govdata.db"), "--Database:SeedDemoData=true");
        var baseUrl = app.BaseUrl;
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            });

            await OpenInboxAsync(browser, baseUrl, Approvers[0] + "@govdata.local");
            await Task.Delay(Settle);
            var before = app.Memory();
            var liveBefore = await LiveHeapMegabytesAsync(app.Id, dataDirectory, "before");

            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Users; i++)
            {
                await OpenInboxAsync(browser, baseUrl, Approvers[i % Approvers.Length] + "@govdata.local");
            }

            clock.Stop();
            await Task.Delay(Settle);
            var after = app.Memory();
            var liveAfter = await LiveHeapMegabytesAsync(app.Id, dataDirectory, "after");

            output.Figure("inbox.memory.users", Users, "users");
            output.Figure("inbox.memory.openSeconds", clock.Elapsed.TotalSeconds, "s");
            output.Figure("inbox.memory.before.workingSetMB", before.RssMegabytes, "MB");
            output.Figure("inbox.memory.after.workingSetMB", after.RssMegabytes, "MB");
            output.Figure("inbox.memory.before.anonymousMB", before.AnonymousMegabytes, "MB");
            output.Figure("inbox.memory.after.anonymousMB", after.AnonymousMegabytes, "MB");
            output.Figure("inbox.memoryPerUser.MB", (after.RssMegabytes - before.RssMegabytes) / Users, "MB");
            output.Figure("inbox.memoryPerUser.anonymousMB", (after.AnonymousMegabytes - before.AnonymousMegabytes) / Users, "MB");
            if (liveBefore is { } b && liveAfter is { } a)
            {
                output.Figure("inbox.memory.before.liveHeapMB", b, "MB");
                output.Figure("inbox.memory.after.liveHeapMB", a, "MB");
                output.Figure("inbox.memoryPerUser.liveHeapMB", (a - b) / Users, "MB");
            }
            else
            {
                output.Comment("live heap not measured: dotnet-gcdump not found (run dotnet tool restore; or GOVDATA_DOTNET_GCDUMP, PATH, ~/.dotnet/tools)");
            }
        }
        finally
        {
            app.Dispose();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>
    /// The live managed heap: dotnet-gcdump collect induces a full blocking GC in the app and the report sums what
    /// survived. Null when the tool is not found. The dump is kept when GOVDATA_GCDUMP_KEEP names a folder (to compare
    /// what the circuits hold: <c>dotnet gcdump report -t heapstat</c>).
    /// </summary>
    private static async Task<double?> LiveHeapMegabytesAsync(int processId, string directory, string label)
    {
        var tool = await FindGcDumpAsync();
        if (tool is null)
        {
            return null;
        }

        var keep = Environment.GetEnvironmentVariable("GOVDATA_GCDUMP_KEEP");
        var file = Path.Combine(string.IsNullOrEmpty(keep) ? directory : keep, label + ".gcdump");
        await RunAsync(tool.Value.FileName, [.. tool.Value.Prefix, "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", file]);
        var report = await RunAsync(tool.Value.FileName, [.. tool.Value.Prefix, "report", file]);

        // "      6,896,099  GC Heap bytes"
        var line = report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal));
        var bytes = long.Parse(line.Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return bytes / 1024.0 / 1024.0;
    }

    /// <summary>
    /// GOVDATA_DOTNET_GCDUMP if set; otherwise the repository's local tool (dotnet-tools.json, after
    /// <c>dotnet tool restore</c>); otherwise one on PATH or in ~/.dotnet/tools.
    /// </summary>
    private static async Task<(string FileName, string[] Prefix)?> FindGcDumpAsync()
    {
        var configured = Environment.GetEnvironmentVariable("GOVDATA_DOTNET_GCDUMP");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? (configured, []) : null;
        }

        string[] local = ["tool", "run", "--allow-roll-forward", "dotnet-gcdump", "--"];
        try
        {
            await RunAsync("dotnet", [.. local, "--version"]);
            return ("dotnet", local);
        }
        catch (InvalidOperationException)
        {
            // Not restored: fall back to an installed one.
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var installed = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(Path.Combine(home, ".dotnet", "tools"))
            .Select(d => Path.Combine(d, "dotnet-gcdump"))
            .FirstOrDefault(File.Exists);
        return installed is null ? null : (installed, []);
    }

    private static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            // The local tool manifest is found from here.
            WorkingDirectory = WebAppProcess.RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(fileName + " did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stderr}");
        }

        return await stdout;
    }

    /// <summary>
    /// A new browser context (own cookies, own circuit): signs in with /inbox as the return address, so the browser goes
    /// straight to the inbox, and waits for its count. (Landing on the dashboard first and loading /inbox at once left
    /// the dashboard's half-started circuit behind, retained as disconnected for three minutes and counted here.)
    /// </summary>
    private static async Task OpenInboxAsync(IBrowser browser, string baseUrl, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login?ReturnUrl=%2Finbox");
        await page.FillAsync("#Input\\.Email", email);
        await page.FillAsync("#Input\\.Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/inbox", StringComparison.OrdinalIgnoreCase));
        await page.WaitForSelectorAsync("[data-testid=inbox-total]");
        // The circuit has taken the page over (MainLayout marks it), so it is counted as a connected user.
        await page.WaitForSelectorAsync("[data-interactive=true]");
    }
}
