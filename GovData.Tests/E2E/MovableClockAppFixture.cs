using System.Globalization;
using System.Net.Http;

namespace GovData.Tests.E2E;

/// <summary>
/// The demo city in the environment <c>E2E</c> with the test clock on (decision 0027): <see cref="MoveClockAsync"/>
/// sets how many days ahead of the real time the app runs, so deadlines of weeks pass within a test. Production
/// ignores the setting (TestClockProductionTests).
/// </summary>
public sealed class MovableClockAppFixture : WebAppProcessFixture
{
    protected override IEnumerable<string> SettingArguments() => [.. base.SettingArguments(), "--Testing:MovableClock=true"];

    protected override IEnumerable<KeyValuePair<string, string>> EnvironmentVariables() => [new("ASPNETCORE_ENVIRONMENT", "E2E")];

    /// <summary>Runs the app <paramref name="days"/> days ahead of the real time (0: the real time); returns its new UTC time.</summary>
    public async Task<DateTimeOffset> MoveClockAsync(int days)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(
            BaseUrl + "/testing/clock?days=" + days.ToString(CultureInfo.InvariantCulture), content: null);
        response.EnsureSuccessStatusCode();
        return DateTimeOffset.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
    }
}

/// <summary>The browser tests that move time, and the dispute path that shares their app start.</summary>
[CollectionDefinition(Name)]
public sealed class MovableClockCollection : ICollectionFixture<MovableClockAppFixture>
{
    public const string Name = "E2E with a movable clock";
}
