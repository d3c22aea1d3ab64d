using System.Text;
using GovData.Domain.Integration;
using GovData.Workflows.Integration;
using Microsoft.EntityFrameworkCore;

namespace GovData.Tests.Integration;

public abstract class ApiKeyUseCaseTestsCases(IntegrationFixture fixture)
{
    [Fact]
    public async Task CreateApiKey_StoresOnlyTheHash_AndTheListNeverReturnsTheKey()
    {
        var created = await fixture.CreateKeyAsync("catalog.ga@govdata.local", "户籍同步");

        await using var db = fixture.Database.CreateDbContext();
        var stored = await db.DepartmentApiKeys.AsNoTracking().SingleAsync(k => k.Id == created.Id);
        Assert.Equal(ApiKeySecret.TryParse(created.PlaintextKey, out var secret) ? secret.Hash() : null, stored.SecretHash);
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.False(ContainsSecret(created.PlaintextKey), "the plaintext key reached the database files");

        var rows = await fixture.Get<ListApiKeys>().ExecuteAsync(await fixture.UserAsync("catalog.ga@govdata.local"));
        var row = Assert.Single(rows, r => r.Id == created.Id);
        Assert.Equal(created.Prefix, row.Prefix);
        Assert.Equal("户籍同步", row.Name);
        Assert.Equal(ApiKeyStatus.Active, row.Status);
        Assert.DoesNotContain(created.PlaintextKey, row.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApiKey_IsAudited_WithTheHashMasked()
    {
        var created = await fixture.CreateKeyAsync("catalog.rs@govdata.local", "社保同步");

        await using var db = fixture.Database.CreateDbContext();
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(DepartmentApiKey) && e.EntityKey == created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SingleAsync();
        Assert.Contains("\"SecretHash\":\"***\"", entry.Summary, StringComparison.Ordinal);
        Assert.Contains(created.Prefix, entry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(created.PlaintextKey, entry.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("requester.ga@govdata.local")]
    [InlineData("lead.ga@govdata.local")]
    [InlineData("admin@govdata.local")]
    [InlineData("bureau@govdata.local")]
    public async Task CreateApiKey_RefusesAnyoneButACatalogManager(string email)
    {
        var result = await fixture.Get<CreateApiKey>().ExecuteAsync(await fixture.UserAsync(email), new CreateApiKeyCommand("x"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Key);
        Assert.Equal(IntegrationErrors.NotAllowed, result.Outcome.ErrorKey);
    }

    [Fact]
    public async Task CreateApiKey_RefusesAKeyActingAsCatalogManager()
    {
        var caller = new ApiKeyCaller(1, "0123456789ab", "x", 3, "x", false);
        var result = await fixture.Get<CreateApiKey>().ExecuteAsync(caller.ToCatalogUserContext(), new CreateApiKeyCommand("x"));

        Assert.Equal(IntegrationErrors.NotAllowed, result.Outcome.ErrorKey);
    }

    [Fact]
    public async Task ListApiKeys_ShowsOnlyTheOwnDepartment_ButAllToTheSystemAdmin()
    {
        var ga = await fixture.CreateKeyAsync("catalog.ga@govdata.local");
        var jt = await fixture.CreateKeyAsync("catalog.jt@govdata.local");

        var gaRows = await fixture.Get<ListApiKeys>().ExecuteAsync(await fixture.UserAsync("catalog.ga@govdata.local"));
        var adminRows = await fixture.Get<ListApiKeys>().ExecuteAsync(await fixture.UserAsync("admin@govdata.local"));
        var requesterRows = await fixture.Get<ListApiKeys>().ExecuteAsync(await fixture.UserAsync("requester.jt@govdata.local"));

        Assert.Contains(gaRows, r => r.Id == ga.Id);
        Assert.DoesNotContain(gaRows, r => r.Id == jt.Id);
        Assert.Contains(adminRows, r => r.Id == ga.Id);
        Assert.Contains(adminRows, r => r.Id == jt.Id);
        Assert.Empty(requesterRows);
    }

    [Fact]
    public async Task RevokeApiKey_OfAnotherDepartment_IsNotFound_AndLeavesTheKeyActive()
    {
        var jt = await fixture.CreateKeyAsync("catalog.jt@govdata.local");

        var result = await fixture.Get<RevokeApiKey>().ExecuteAsync(await fixture.UserAsync("catalog.ga@govdata.local"), jt.Id);

        Assert.Equal(IntegrationErrors.KeyNotFound, result.ErrorKey);
        var check = await fixture.Get<AuthenticateApiKey>().ExecuteAsync(jt.PlaintextKey);
        Assert.NotNull(check.Caller);
    }

    [Fact]
    public async Task RevokeApiKey_ByTheSystemAdmin_StopsTheKey_AndIsAudited()
    {
        var key = await fixture.CreateKeyAsync("catalog.wj@govdata.local");

        var result = await fixture.Get<RevokeApiKey>().ExecuteAsync(await fixture.UserAsync("admin@govdata.local"), key.Id);

        Assert.True(result.Succeeded);
        var check = await fixture.Get<AuthenticateApiKey>().ExecuteAsync(key.PlaintextKey);
        Assert.Equal(ApiKeyFailure.Revoked, check.Failure);
        await using var db = fixture.Database.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(DepartmentApiKey)
            && e.Action == GovData.Domain.Audit.AuditActions.Update && e.Summary!.Contains("RevokedAtUtc")));
    }

    [Theory]
    [InlineData(null, ApiKeyFailure.Missing)]
    [InlineData("nonsense", ApiKeyFailure.Invalid)]
    [InlineData("gdk_0123456789ab_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", ApiKeyFailure.Invalid)]
    public async Task AuthenticateApiKey_RefusesMissingAndUnknownKeys(string? presented, ApiKeyFailure failure)
    {
        var result = await fixture.Get<AuthenticateApiKey>().ExecuteAsync(presented);
        Assert.Equal(failure, result.Failure);
        Assert.Null(result.Caller);
    }

    [Fact]
    public async Task AuthenticateApiKey_RefusesTheRightPrefixWithAWrongSecret()
    {
        var key = await fixture.CreateKeyAsync("catalog.ga@govdata.local");
        var wrong = key.PlaintextKey[..^4] + (key.PlaintextKey.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var result = await fixture.Get<AuthenticateApiKey>().ExecuteAsync(wrong);

        Assert.Equal(ApiKeyFailure.Invalid, result.Failure);
    }

    [Fact]
    public async Task AuthenticateApiKey_RefusesAnExpiredKey()
    {
        var now = fixture.Time.GetUtcNow().UtcDateTime;
        var key = await fixture.CreateKeyAsync("catalog.zrzy@govdata.local", expiresAtUtc: now.AddHours(1));
        await using (var db = fixture.Database.CreateDbContext())
        {
            // Move the expiry into the past rather than the shared clock (other tests use it).
            await db.DepartmentApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAtUtc, now));
        }

        var result = await fixture.Get<AuthenticateApiKey>().ExecuteAsync(key.PlaintextKey);

        Assert.Equal(ApiKeyFailure.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateApiKey_NamesTheDepartment_AndRecordsUseAtMostOnceAMinute()
    {
        var key = await fixture.CreateKeyAsync("catalog.scjg@govdata.local");
        var manager = await fixture.UserAsync("catalog.scjg@govdata.local");
        var now = fixture.Time.GetUtcNow().UtcDateTime;

        var first = await fixture.Get<AuthenticateApiKey>().ExecuteAsync("  " + key.PlaintextKey + " ");
        Assert.Equal(manager.DepartmentId, first.Caller!.DepartmentId);
        Assert.Equal(now, await LastUsedAsync(key.Id));

        // The clock is shared by the class; the throttle is checked against a stored earlier use instead.
        await using (var db = fixture.Database.CreateDbContext())
        {
            await db.DepartmentApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now.AddSeconds(-30)));
        }

        await fixture.Get<AuthenticateApiKey>().ExecuteAsync(key.PlaintextKey);
        Assert.Equal(now.AddSeconds(-30), await LastUsedAsync(key.Id));

        await using (var db = fixture.Database.CreateDbContext())
        {
            await db.DepartmentApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now.AddMinutes(-2)));
        }

        await fixture.Get<AuthenticateApiKey>().ExecuteAsync(key.PlaintextKey);
        Assert.Equal(now, await LastUsedAsync(key.Id));
    }

    private bool ContainsSecret(string plaintext)
    {
        var secret = Encoding.UTF8.GetBytes(plaintext[(ApiKeySecret.Scheme.Length + ApiKeySecret.PrefixLength + 1)..]);
        return new[] { fixture.Database.FilePath, fixture.Database.FilePath + "-wal" }
            .Where(File.Exists)
            .Any(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return memory.ToArray().AsSpan().IndexOf(secret) >= 0;
            });
    }

    private async Task<DateTime?> LastUsedAsync(int id)
    {
        await using var db = fixture.Database.CreateDbContext();
        return await db.DepartmentApiKeys.Where(k => k.Id == id).Select(k => k.LastUsedAtUtc).SingleAsync();
    }
}

public sealed class ApiKeyUseCaseTests(IntegrationFixture fixture) : ApiKeyUseCaseTestsCases(fixture), IClassFixture<IntegrationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ApiKeyUseCaseTestsOnPostgreSql(PostgreSqlIntegrationFixture fixture) : ApiKeyUseCaseTestsCases(fixture), IClassFixture<PostgreSqlIntegrationFixture>;
