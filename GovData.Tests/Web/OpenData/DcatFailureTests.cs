using System.Data.Common;
using System.Net;
using System.Text.Json;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.OpenData.Portal;
using GovData.Workflows.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.OpenData;

/// <summary>
/// A DCAT page whose database read fails (decision 0036): before the first byte the harvester gets a clean 503
/// problem+json in its language; after part of the page was sent it gets a failed request — never a body that parses
/// as a complete page. The failure is injected into the page's own query (tagged <see cref="ListDcatDatasets.QueryTag"/>)
/// in an app of its own with enough published entries that a page is flushed before the failure.
/// </summary>
public sealed class DcatFailureTests(DcatFailureTests.App app) : IClassFixture<DcatFailureTests.App>
{
    private const int Extra = 300;

    private FailingDcatReads Failure => app.Failure;

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory => app.Factory;

    /// <summary>An app of its own (its own database) whose DCAT page queries can be made to fail.</summary>
    public sealed class App : IAsyncLifetime
    {
        private readonly GovDataWebApplicationFactory _own = new();

        internal FailingDcatReads Failure { get; } = new();

        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Factory = _own.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<SqliteGovDataDbContext>(o => o.AddInterceptors(Failure))));
            using var scope = Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<UnitOfWork>().RunAsSystemAsync(async (db, ct) =>
            {
                var department = await db.Departments.Where(d => d.Code == "JT").Select(d => d.Id).SingleAsync(ct);
                for (var i = 0; i < Extra; i++)
                {
                    var content = TestCatalog.Content($"3.04.{(i % 900) + 100:000}/JT-{i + 5000:0000}", $"故障测试目录{i}", ShareType.Unconditional, OpenType.Unconditional);
                    await TestCatalog.AddAsync(db, content, department, CatalogStatus.Published);
                }
            });
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await _own.DisposeAsync();
        }
    }

    [Fact]
    public async Task HealthyPage_IsComplete_AndLargeEnoughToBeFlushedBeforeItsEnd()
    {
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync("/api/open/dcat.jsonld?pageSize=1000");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length > 64 * 1024, $"{body.Length} bytes: too small for a flush inside the page");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("dcat:dataset").GetArrayLength() >= Extra);
    }

    [Fact]
    public async Task FailureBeforeTheFirstByte_IsALocalized503Problem()
    {
        Failure.Arm(afterRows: null);
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/open/dcat.jsonld?pageSize=1000");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Catalog unavailable", problem.RootElement.GetProperty("title").GetString());
        Assert.False(problem.RootElement.TryGetProperty("dcat:dataset", out _));
        Assert.True(Failure.Fired);
    }

    [Fact]
    public async Task FailureAfterTheFirstFlush_AbortsTheResponse_NeverACompleteLookingPage()
    {
        Failure.Arm(afterRows: 200);
        using var client = Factory.CreateClient();
        using var response = await client.GetAsync("/api/open/dcat.jsonld?pageSize=1000", HttpCompletionOption.ResponseHeadersRead);

        // The headers and the first part of the page were sent before the failure...
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);

        // ...and the rest of the body is a failed read, not the end of a page.
        var read = new MemoryStream();
        var failure = await Record.ExceptionAsync(async () =>
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.CopyToAsync(read);
        });
        Assert.NotNull(failure);
        Assert.True(read.Length > 0, "nothing of the page had been sent before the failure");
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(read.ToArray()));
        Assert.True(Failure.Fired);
    }

    /// <summary>Makes the next DCAT page query fail: at once, or after some rows have been read.</summary>
    internal sealed class FailingDcatReads : DbCommandInterceptor
    {
        private int? _afterRows;
        private bool _armed;

        public bool Fired { get; private set; }

        public void Arm(int? afterRows)
        {
            _afterRows = afterRows;
            _armed = true;
            Fired = false;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (IsPage(command) && _armed && _afterRows is null)
            {
                _armed = false;
                Fired = true;
                throw new Microsoft.Data.Sqlite.SqliteException("disk I/O error (injected)", 10);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (IsPage(command) && _armed && _afterRows is { } rows)
            {
                _armed = false;
                return ValueTask.FromResult<DbDataReader>(new FailingReader(result, rows, () => Fired = true));
            }

            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        private static bool IsPage(DbCommand command) => command.CommandText.Contains("-- " + ListDcatDatasets.QueryTag, StringComparison.Ordinal);
    }
}
