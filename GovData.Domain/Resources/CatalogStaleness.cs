namespace GovData.Domain.Resources;

/// <summary>
/// Art. 16: a resource must be updated as often as its update cycle says. Stale when more than cycle + grace calendar
/// days have passed since the last data update; the grace is half the cycle, at least one day. Irregular resources are
/// never stale; a resource with a cycle but no recorded update is stale (nothing shows it was ever updated).
/// </summary>
public static class CatalogStaleness
{
    /// <summary>Calendar days of one cycle; null for Irregular.</summary>
    public static int? CycleDays(UpdateCycle cycle) => cycle switch
    {
        UpdateCycle.RealTime or UpdateCycle.Daily => 1,
        UpdateCycle.Weekly => 7,
        UpdateCycle.Monthly => 31,
        UpdateCycle.Quarterly => 92,
        UpdateCycle.HalfYearly => 183,
        UpdateCycle.Yearly => 366,
        _ => null,
    };

    /// <summary>Days allowed after the last update (cycle + grace); null for Irregular.</summary>
    public static int? AllowedDays(UpdateCycle cycle) => CycleDays(cycle) is { } days ? days + Math.Max(1, days / 2) : null;

    /// <summary>The last day on which the resource is still fresh; null when it cannot go stale or has no update date.</summary>
    public static DateOnly? FreshUntil(UpdateCycle cycle, DateOnly? lastDataUpdate) =>
        AllowedDays(cycle) is { } allowed && lastDataUpdate is { } last ? last.AddDays(allowed) : null;

    /// <summary>
    /// The threshold a query can use: on <paramref name="today"/> an entry of <paramref name="cycle"/> is stale when its
    /// last data update is before the returned date (or missing); null for Irregular. Same rule as <see cref="IsStale"/>.
    /// </summary>
    public static DateOnly? StaleIfUpdatedBefore(UpdateCycle cycle, DateOnly today) =>
        AllowedDays(cycle) is { } allowed ? today.AddDays(-allowed) : null;

    /// <summary>Days past <see cref="FreshUntil"/> on <paramref name="today"/>; null when unknown (no update recorded) or not stale.</summary>
    public static int? DaysOverdue(UpdateCycle cycle, DateOnly? lastDataUpdate, DateOnly today) =>
        FreshUntil(cycle, lastDataUpdate) is { } until && today > until ? today.DayNumber - until.DayNumber : null;

    public static bool IsStale(UpdateCycle cycle, DateOnly? lastDataUpdate, DateOnly today)
    {
        if (AllowedDays(cycle) is not { } allowed)
        {
            return false;
        }

        return lastDataUpdate is not { } last || today.DayNumber - last.DayNumber > allowed;
    }
}
