namespace GovData.Tests.Nodes;

/// <summary>
/// The servers the several-node tests need, started by <c>scripts/test-servers.sh</c> (test.sh calls it). Missing →
/// the test fails with how to start them; never skipped.
/// </summary>
internal static class NodeTestServers
{
    public const string RedisVariable = "GOVDATA_TEST_REDIS";

    public static string Redis => Require(RedisVariable);

    public static string Postgres => GovData.Tests.Support.PostgreSqlTemplates.ServerConnectionString;

    /// <summary>A loopback port nothing listens on: Redis "down".</summary>
    public static string UnreachableRedis => "127.0.0.1:1,connectTimeout=500";

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: this test needs the throwaway PostgreSQL and Redis. Run it through `bash test.sh`, " +
                "or start them yourself: `bash scripts/test-servers.sh start && eval \"$(bash scripts/test-servers.sh env)\"` before `dotnet test`.");
}
