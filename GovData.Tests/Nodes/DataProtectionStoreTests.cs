using GovData.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace GovData.Tests.Nodes;

/// <summary>Where the Data Protection keys live (decision 0031): the database on a server database, so nodes share them.</summary>
public sealed class DataProtectionStoreTests
{
    [Theory]
    [InlineData("Sqlite", null, DataProtectionStore.FileSystem)]
    [InlineData("PostgreSql", null, DataProtectionStore.Database)]
    [InlineData("SqlServer", null, DataProtectionStore.Database)]
    [InlineData("Sqlite", "Database", DataProtectionStore.Database)]
    [InlineData("PostgreSql", "filesystem", DataProtectionStore.FileSystem)]
    public void Store_FollowsTheProvider_UnlessSet(string provider, string? store, DataProtectionStore expected)
    {
        Assert.Equal(expected, DataProtectionSetup.Store(Configuration(provider, store)));
    }

    [Fact]
    public void Store_RefusesAnUnknownValue_NamingTheSetting()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DataProtectionSetup.Store(Configuration("Sqlite", "Redis")));
        Assert.Contains("DataProtection:Store", refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(string provider, string? store) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["DataProtection:Store"] = store,
        }).Build();
}
