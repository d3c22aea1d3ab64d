namespace GovData.Domain.Time;

/// <summary>
/// The system clock, with the city's zone as the local zone. Components that ask a <see cref="TimeProvider"/> for the
/// local date (MudBlazor's date pickers circle "today" with <c>GetLocalNow()</c>) then agree with
/// <see cref="ChinaTime.Today"/> instead of the server's zone (UTC on our hosts), which differs from 00:00 to 08:00.
/// </summary>
public sealed class ChinaTimeProvider : TimeProvider
{
    public static ChinaTimeProvider Instance { get; } = new();

    private ChinaTimeProvider()
    {
    }

    public override TimeZoneInfo LocalTimeZone => ChinaTime.Zone;
}
