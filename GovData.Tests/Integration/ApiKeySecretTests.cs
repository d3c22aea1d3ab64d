using System.Security.Cryptography;
using System.Text;
using GovData.Domain;
using GovData.Domain.Integration;

namespace GovData.Tests.Integration;

public sealed class ApiKeySecretTests
{
    private static readonly DateTime Now = new(2025, 9, 30, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Generate_MakesAPrefixedKeyOf32RandomBytes_ThatParsesBack()
    {
        var key = ApiKeySecret.Generate();

        Assert.StartsWith(ApiKeySecret.Scheme + key.Prefix + "_", key.Value, StringComparison.Ordinal);
        Assert.Equal(ApiKeySecret.PrefixLength, key.Prefix.Length);
        Assert.Equal(43, key.Value.Length - (ApiKeySecret.Scheme.Length + ApiKeySecret.PrefixLength + 1));
        Assert.True(ApiKeySecret.TryParse(key.Value, out var parsed));
        Assert.Equal(key.Prefix, parsed.Prefix);
        Assert.NotEqual(key.Value, ApiKeySecret.Generate().Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("gdk_0123456789ab")]
    [InlineData("Bearer abc")]
    [InlineData("gdk_0123456789AB_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("xyz_0123456789ab_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void TryParse_RefusesTextNotShapedLikeAKey(string text) => Assert.False(ApiKeySecret.TryParse(text, out _));

    [Fact]
    public void Hash_IsSha256OfTheKey_AndMatchesOnlyTheSameKey()
    {
        var key = ApiKeySecret.Generate();
        var hash = key.Hash();

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key.Value)), hash);
        Assert.True(key.Matches(hash));
        Assert.True(ApiKeySecret.TryParse(key.Value[..^1] + (key.Value[^1] == 'A' ? 'B' : 'A'), out var altered));
        Assert.False(altered.Matches(hash));
        Assert.DoesNotContain(key.Value[20..], key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StoresTheHash_NotTheKey()
    {
        var secret = ApiKeySecret.Generate();
        var key = DepartmentApiKey.Create(3, "  人口库同步 ", secret, "u1", Now, null);

        Assert.Equal("人口库同步", key.Name);
        Assert.Equal(secret.Prefix, key.Prefix);
        Assert.Equal(secret.Hash(), key.SecretHash);
        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(Now));
    }

    [Theory]
    [InlineData(null, IntegrationErrors.NameRequired)]
    [InlineData("  ", IntegrationErrors.NameRequired)]
    public void Create_RequiresAName(string? name, string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => DepartmentApiKey.Create(3, name, ApiKeySecret.Generate(), "u1", Now, null));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Create_RefusesAnExpiryThatIsNotInTheFuture()
    {
        var error = Assert.Throws<DomainRuleException>(() => DepartmentApiKey.Create(3, "x", ApiKeySecret.Generate(), "u1", Now, Now));
        Assert.Equal(IntegrationErrors.ExpiryNotInFuture, error.Code);
    }

    [Fact]
    public void StatusAt_ExpiresAtTheInstant_AndRevokedWins()
    {
        var key = DepartmentApiKey.Create(3, "x", ApiKeySecret.Generate(), "u1", Now, Now.AddDays(1));

        Assert.Equal(ApiKeyStatus.Active, key.StatusAt(Now.AddDays(1).AddTicks(-1)));
        Assert.Equal(ApiKeyStatus.Expired, key.StatusAt(Now.AddDays(1)));
        key.Revoke("u2", Now.AddHours(1));
        Assert.Equal(ApiKeyStatus.Revoked, key.StatusAt(Now.AddHours(1)));
        Assert.Equal(ApiKeyStatus.Revoked, key.StatusAt(Now.AddDays(2)));
    }

    [Fact]
    public void Revoke_Twice_IsRefused()
    {
        var key = DepartmentApiKey.Create(3, "x", ApiKeySecret.Generate(), "u1", Now, null);
        key.Revoke("u2", Now);

        var error = Assert.Throws<DomainRuleException>(() => key.Revoke("u2", Now));
        Assert.Equal(IntegrationErrors.AlreadyRevoked, error.Code);
    }
}
