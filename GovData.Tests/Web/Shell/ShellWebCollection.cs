using GovData.Tests.Support;

namespace GovData.Tests.Web.Shell;

/// <summary>One running app for the shell's HTTP tests (starting it migrates and seeds a database: done once).</summary>
[CollectionDefinition(Name)]
public sealed class ShellWebCollection : ICollectionFixture<GovDataWebApplicationFactory>
{
    public const string Name = "Shell web app";
}
