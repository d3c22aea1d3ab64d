using System.Globalization;
using GovData.Domain.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovData.Web.Infrastructure;

/// <summary>
/// The system clock moved forward by an offset the browser tests set (decision 0027): deadlines of weeks can pass
/// within one run of the real app. The city's zone stays the local zone, as with <see cref="ChinaTimeProvider"/>.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => ChinaTime.Zone;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Sets the offset from the real clock (not cumulative): 0 returns to the real time.</summary>
    public void MoveTo(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
}

/// <summary>
/// The test clock is honoured only when the setting <see cref="SettingName"/> is true AND the environment is not
/// Production; in Production the setting is ignored (the real clock runs, the endpoint does not exist) and a warning
/// says so. The browser tests start the built app in the environment <c>E2E</c> with the setting.
/// </summary>
public static class TestClockSetup
{
    public const string SettingName = "Testing:MovableClock";

    /// <summary>POST with <c>days</c> (whole days from the real time, 0 resets); answers the app's new UTC time.</summary>
    public const string Route = "/testing/clock";

    /// <summary>POST: runs the deadline sweep now in this process and answers what it sent (the two-node test makes
    /// two nodes sweep at the same moment, which the recurring job, enqueued once a minute for all nodes, never does).</summary>
    public const string SweepRoute = "/testing/sweep";

    public static bool IsHonoured(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool>(SettingName) && !environment.IsProduction();

    public static IServiceCollection AddGovDataTestClock(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (IsHonoured(configuration, environment))
        {
            var clock = new MovableClock();
            services.AddSingleton(clock);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        }

        return services;
    }

    public static WebApplication MapTestClockEndpoint(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(SettingName) && app.Environment.IsProduction())
        {
            app.Logger.LogWarning("{Setting} is ignored in Production: the real clock runs.", SettingName);
        }

        if (app.Services.GetService<MovableClock>() is not { } clock)
        {
            return app;
        }

        app.MapPost(Route, (int days) =>
        {
            clock.MoveTo(TimeSpan.FromDays(days));
            return Results.Text(clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        }).AllowAnonymous().DisableAntiforgery();
        app.MapPost(SweepRoute, async (GovData.Workflows.Deadlines.DeadlineSweep sweep, CancellationToken cancellationToken) =>
            Results.Json(await sweep.SweepAsync(cancellationToken))).AllowAnonymous().DisableAntiforgery();
        return app;
    }
}
