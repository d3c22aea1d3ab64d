namespace GovData.Web.Infrastructure;

/// <summary>The <c>Jobs</c> section of appsettings.json.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Run the Hangfire server in this process.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire's own SQLite file when the database provider is SQLite (relative to the settings file).</summary>
    public string SqliteStoragePath { get; set; } = "data/govdata-jobs.db";

    public string TimeZone { get; set; } = GovData.Domain.Time.ChinaTime.ZoneId;

    public int WorkerCount { get; set; } = 2;
}
