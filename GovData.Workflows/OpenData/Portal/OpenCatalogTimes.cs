namespace GovData.Workflows.OpenData.Portal;

/// <summary>
/// The times a harvester sees of an open entry (CKAN's metadata_created and metadata_modified, decision 0038): one rule
/// for what the API prints and what a search orders by. A date counts as its midnight (UTC).
/// </summary>
public static class OpenCatalogTimes
{
    public static DateTime? Created(DateOnly? releaseDate) => Midnight(releaseDate);

    /// <summary>The upload time of the current data release, else the last data update, else the release date.</summary>
    public static DateTime? Modified(DateTime? releasedAtUtc, DateOnly? lastDataUpdate, DateOnly? releaseDate) =>
        releasedAtUtc ?? Midnight(lastDataUpdate) ?? Midnight(releaseDate);

    private static DateTime? Midnight(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
