namespace GovData.Workflows.Persistence;

/// <summary>The <c>Database</c> section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (embedded default), <c>PostgreSql</c> (the tested server database) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo departments, users and resources (only into an empty database).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>SQLite busy timeout: how long a writer waits for the lock before giving up.</summary>
    public int SqliteBusyTimeoutMilliseconds { get; set; } = 10_000;
}

public enum DatabaseProvider
{
    Sqlite = 1,
    SqlServer = 2,
    PostgreSql = 3,
}
