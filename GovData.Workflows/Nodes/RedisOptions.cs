namespace GovData.Workflows.Nodes;

/// <summary>The <c>Redis</c> section of appsettings.json: the backplane of several nodes (decision 0031).</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>host:port,password=…</c>); empty = one node, no Redis.</summary>
    public string Configuration { get; set; } = "";

    /// <summary>The pub/sub channel of the bell signals; nodes of one installation share it.</summary>
    public string BellChannel { get; set; } = "govdata:bell";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
