using System.Net;
using GovData.Tests.Support;
using GovData.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Web.Infrastructure;

/// <summary>
/// The browser tests' movable clock (decision 0027) exists only with the explicit setting outside Production: in
/// Production the setting is ignored (the real clock, no endpoint), and without the setting the real app has neither.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class TestClockTests(GovDataWebApplicationFactory factory)
{
    [Theory]
    [InlineData("Production", true, false)]
    [InlineData("E2E", false, false)]
    [InlineData("E2E", true, true)]
    [InlineData("Development", true, true)]
    public async Task Clock_IsMovableOnlyWithTheSetting_OutsideProduction(string environment, bool setting, bool movable)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration[TestClockSetup.SettingName] = setting ? "true" : "false";
        builder.Services.AddSingleton<TimeProvider>(TimeProvider.System);
        builder.Services.AddGovDataTestClock(builder.Configuration, builder.Environment);
        await using var app = builder.Build();

        app.MapTestClockEndpoint();

        Assert.Equal(movable, app.Services.GetRequiredService<TimeProvider>() is MovableClock);
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'));
        Assert.Equal(movable, routes.Contains(TestClockSetup.Route));
    }

    [Fact]
    public async Task RealApp_WithoutTheSetting_HasTheRealClockAndNoClockEndpoint()
    {
        Assert.IsNotType<MovableClock>(factory.Services.GetRequiredService<TimeProvider>());

        var response = await factory.CreateClient().PostAsync(TestClockSetup.Route + "?days=30", content: null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    [Fact]
    public void MovableClock_RunsAheadByTheOffset_AndBackAtZero()
    {
        var clock = new MovableClock();
        clock.MoveTo(TimeSpan.FromDays(10));
        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(10) + TimeSpan.FromMinutes(1));

        clock.MoveTo(TimeSpan.Zero);
        Assert.InRange(clock.GetUtcNow() - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(1));
        Assert.Equal(GovData.Domain.Time.ChinaTime.Zone, clock.LocalTimeZone);
    }
}
