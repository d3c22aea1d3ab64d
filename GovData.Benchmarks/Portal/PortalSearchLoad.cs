using System.Diagnostics;

namespace GovData.Benchmarks.Portal;

/// <summary>
/// The CKAN search under load (issue #11 §5): <c>package_search?rows=20</c> asked by 32 concurrent loopback clients for
/// a fixed time, against the same clients fetching a static 5 KB JSON file served by the same app (the open API's
/// OpenAPI description, <c>/api/open/openapi.json</c>, 5.5 KB). Each is warmed up first, then measured in turn, twice;
/// the better of each is reported. The search is also
/// measured with a different address each time, which the API's short output cache (decision 0036) never answers. Every response must be a 200, or the figure is refused.
/// </summary>
internal static class PortalSearchLoad
{
    public const string SearchPath = "/api/3/action/package_search?rows=20";
    public const string StaticPath = "/api/open/openapi.json";
    private const int Clients = 32;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(10);
    private static long _nonce;

    public static async Task RunAsync(FigureWriter output, string baseUrl)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(1) };
        var staticLength = (await http.GetByteArrayAsync(StaticPath)).Length;
        output.Comment($"search load: {Clients} clients, {Measured.TotalSeconds:F0} s each, static file {staticLength / 1024.0:F1} KB");

        double search = 0, statics = 0, uncached = 0;
        for (var round = 0; round < 2; round++)
        {
            search = Math.Max(search, await RequestsPerSecondAsync(http, _ => SearchPath));
            statics = Math.Max(statics, await RequestsPerSecondAsync(http, _ => StaticPath));
            // Every address different, so the API's short output cache (decision 0036) never answers: the query's own speed.
            uncached = Math.Max(uncached, await RequestsPerSecondAsync(http, _ => $"{SearchPath}&nonce={Interlocked.Increment(ref _nonce)}"));
        }

        output.Figure("portal.search.requestsPerSec", search, "req/s");
        output.Figure("portal.search.uncachedRequestsPerSec", uncached, "req/s");
        output.Figure("portal.search.staticRequestsPerSec", statics, "req/s");
        output.Figure("portal.search.ratioToStatic", search / statics, "x");
    }

    private static async Task<double> RequestsPerSecondAsync(HttpClient http, Func<long, string> path)
    {
        await LoadAsync(http, path, Warmup);
        var (count, elapsed) = await LoadAsync(http, path, Measured);
        return count / elapsed.TotalSeconds;
    }

    private static async Task<(long Count, TimeSpan Elapsed)> LoadAsync(HttpClient http, Func<long, string> path, TimeSpan duration)
    {
        long count = 0, issued = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            var own = new byte[64 * 1024];
            while (clock.Elapsed < duration)
            {
                var address = path(Interlocked.Increment(ref issued));
                using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{address} answered {(int)response.StatusCode}; the load figure would be meaningless.");
                }

                await using var body = await response.Content.ReadAsStreamAsync();
                while (await body.ReadAsync(own) > 0)
                {
                }

                Interlocked.Increment(ref count);
            }
        })));
        return (count, clock.Elapsed);
    }
}
