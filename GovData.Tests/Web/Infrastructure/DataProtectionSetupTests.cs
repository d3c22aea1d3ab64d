using GovData.Tests.Support;
using GovData.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Infrastructure;

/// <summary>Sign-in cookies survive a restart: the keys live in the data folder next to the database.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DataProtectionSetupTests(GovDataWebApplicationFactory factory)
{
    [Fact]
    public void App_KeepsItsKeysInTheDataFolder()
    {
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("x", protector.Unprotect(protector.Protect("x")));

        var keys = Path.Combine(factory.DataDirectory, DataProtectionSetup.KeysFolderName);
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }

    [Fact]
    public void ProtectedData_IsReadableAfterARestart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "govdata-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:GovData"] = "Data Source=data/govdata.db",
        }).Build();
        try
        {
            string cookie;
            using (var first = Build(configuration, directory))
            {
                cookie = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed-in");
            }

            using var second = Build(configuration, directory);
            Assert.Equal("signed-in", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
            Assert.True(Directory.Exists(Path.Combine(directory, "data", DataProtectionSetup.KeysFolderName)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ServiceProvider Build(IConfiguration configuration, string settingsRoot)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGovDataDataProtection(configuration, settingsRoot);
        return services.BuildServiceProvider();
    }
}
