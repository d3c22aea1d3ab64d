using System.Diagnostics;
using System.Net;
using GovData.Tests.Support;
using GovData.Tests.Web.Shell;
using GovData.Workflows.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovData.Tests.Web.Security;

/// <summary>
/// Neither the sign-in nor the registration tells which e-mail addresses have accounts: same answers, and a wrong
/// password takes as long for an unknown user as for an existing one. Own app: the test raises the password hashing
/// cost to production's for the users it creates (the shared apps hash with a cheap cost to start fast).
/// </summary>
public sealed class SignInEnumerationTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task WrongPassword_TakesAsLongForAnUnknownUserAsForAnExistingOne()
    {
        factory.Services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount = 100_000;
        const string existing = "timing.user@example.cn";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var created = await users.CreateAsync(new ApplicationUser { UserName = existing, Email = existing, DisplayName = "计时" }, "Timing#2026x");
            Assert.True(created.Succeeded);
        }

        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignInForm.SignInAsync(client, "warm.up@example.cn", "Wrong#2026x");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++) // four: the fifth failure would lock the existing account out
        {
            known.Add(await TimeAsync(client, existing));
            unknown.Add(await TimeAsync(client, $"nobody{i}@example.cn"));
        }

        var (k, u) = (Median(known), Median(unknown));
        // One PBKDF2 hash at production cost is tens of milliseconds; the bare unknown-user path was a few (a ratio of
        // about 13). Within a factor of 2 either way: tight enough to catch that, loose enough for a loaded machine.
        Assert.True(u >= 0.5 * k && k >= 0.5 * u, $"existing {k:F0} ms, unknown {u:F0} ms");
    }

    [Fact]
    public async Task Register_ATakenEmail_AnswersLikeANewOne()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var fresh = await RegisterAsync(client, $"new.{Guid.NewGuid():N}@example.cn");
        var freshPage = await FollowAsync(client, fresh);
        var taken = await RegisterAsync(client, "applicant@govdata.local");
        var takenPage = await FollowAsync(client, taken);

        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Contains("注册请求已处理", freshPage, StringComparison.Ordinal);
        Assert.Contains("注册请求已处理", takenPage, StringComparison.Ordinal);
        Assert.DoesNotContain("已被注册", takenPage, StringComparison.Ordinal);
    }

    private static async Task<double> TimeAsync(HttpClient client, string user)
    {
        var watch = Stopwatch.StartNew();
        var response = await SignInForm.SignInAsync(client, user, "Wrong#2026x");
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email) =>
        SignInForm.PostAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "吴市民",
            ["Input.Password"] = "Citizen2026",
            ["Input.ConfirmPassword"] = "Citizen2026",
        });

    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage redirect) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(redirect.Headers.Location));
}
