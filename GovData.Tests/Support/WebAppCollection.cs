namespace GovData.Tests.Support;

/// <summary>
/// One in-process app (and one seeded database) shared by the web test classes that only read: starting the app and
/// seeding it costs seconds, so classes that join this collection pay it once. Tests in it run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<GovDataWebApplicationFactory>
{
    public const string Name = "Web app";
}
