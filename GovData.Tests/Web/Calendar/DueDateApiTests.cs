using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GovData.Tests.Support;

namespace GovData.Tests.Web.Calendar;

public sealed class DueDateApiTests(GovDataWebApplicationFactory factory) : IClassFixture<GovDataWebApplicationFactory>
{
    [Fact]
    public async Task DueDate_NationalDay2025_ExplainsCountedAndSkippedDays()
    {
        using var json = await GetJsonAsync("/api/calendar/due-date?received=2025-09-30&workingDays=5", "zh-CN");
        var root = json.RootElement;

        Assert.Equal("2025-09-30", root.GetProperty("received").GetString());
        Assert.Equal(5, root.GetProperty("workingDays").GetInt32());
        Assert.Equal("2025-10-14", root.GetProperty("dueDate").GetString());
        Assert.True(root.GetProperty("calendarComplete").GetBoolean());
        Assert.Equal(0, root.GetProperty("missingYears").GetArrayLength());
        var counted = root.GetProperty("countedDays").EnumerateArray().ToList();
        Assert.Equal(["2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14"], counted.Select(d => d.GetProperty("date").GetString()));
        Assert.Equal("MakeUpWorkday", counted[2].GetProperty("kind").GetString());
        Assert.Equal("国庆节、中秋节", counted[2].GetProperty("holidayName").GetString());
        var skipped = root.GetProperty("skippedDays").EnumerateArray().ToList();
        Assert.Equal(9, skipped.Count);
        Assert.Equal(("2025-10-01", "Holiday", "国庆节、中秋节"), Skipped(skipped[0]));
        Assert.Equal("国庆节、中秋节（放假）", skipped[0].GetProperty("description").GetString());
        Assert.Equal(("2025-10-12", "Weekend", null), Skipped(skipped[8]));
    }

    [Theory]
    [InlineData("2025-01-24", 3, "2025-02-05")] // Spring Festival 2025 with make-up Sunday 01-26
    [InlineData("2026-02-13", 2, "2026-02-24")] // Spring Festival 2026 with make-up Saturday 02-14
    [InlineData("2026-09-30", 3, "2026-10-10")] // National Day 2026, make-up Saturday 10-10
    [InlineData("2025-12-31", 1, "2026-01-04")] // year boundary onto the make-up Sunday 2026-01-04
    public async Task DueDate_AcrossHolidays_MatchesTheOfficialSchedule(string received, int workingDays, string expected)
    {
        using var json = await GetJsonAsync($"/api/calendar/due-date?received={received}&workingDays={workingDays}", "zh-CN");

        Assert.Equal(expected, json.RootElement.GetProperty("dueDate").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "2027 年的节假日安排尚未载入")]
    [InlineData("en", "The holiday schedule for 2027 is not loaded")]
    public async Task DueDate_IntoAnUnloadedYear_IsFlaggedIncomplete(string language, string warning)
    {
        using var json = await GetJsonAsync("/api/calendar/due-date?received=2026-12-31&workingDays=5", language);
        var root = json.RootElement;

        Assert.False(root.GetProperty("calendarComplete").GetBoolean());
        Assert.Equal([2027], root.GetProperty("missingYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("2027-01-07", root.GetProperty("dueDate").GetString());
        Assert.StartsWith(warning, root.GetProperty("warning").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?workingDays=5", "received", "缺少参数 received", "The parameter received is missing")]
    [InlineData("?received=&workingDays=5", "received", "缺少参数 received", "The parameter received is missing")]
    [InlineData("?received=2025-10-10", "workingDays", "缺少参数 workingDays", "The parameter workingDays is missing")]
    [InlineData("?received=2025-13-01&workingDays=5", "received", "参数 received 的值“2025-13-01”不是有效日期", "The parameter received, \"2025-13-01\", is not a valid date")]
    [InlineData("?received=10%2F10%2F2025&workingDays=5", "received", "参数 received 的值“10/10/2025”不是有效日期", "The parameter received, \"10/10/2025\", is not a valid date")]
    [InlineData("?received=1900-01-01&workingDays=5", "received", "超出支持的范围", "outside the supported range")]
    [InlineData("?received=2025-10-10&workingDays=five", "workingDays", "参数 workingDays 的值“five”不是整数", "The parameter workingDays, \"five\", is not a whole number")]
    [InlineData("?received=2025-10-10&workingDays=1.5", "workingDays", "不是整数", "is not a whole number")]
    [InlineData("?received=2025-10-10&workingDays=0", "workingDays", "参数 workingDays 的值 0 超出范围：应为 1–365 之间的整数", "The parameter workingDays, 0, is out of range: use a whole number from 1 to 365")]
    [InlineData("?received=2025-10-10&workingDays=366", "workingDays", "参数 workingDays 的值 366 超出范围", "The parameter workingDays, 366, is out of range")]
    [InlineData("?received=2025-10-10&workingDays=-3", "workingDays", "参数 workingDays 的值 -3 超出范围", "The parameter workingDays, -3, is out of range")]
    public async Task DueDate_BadInput_Is400ProblemSayingWhatIsWrong_InTheRequestLanguage(
        string query, string parameter, string chinese, string english)
    {
        foreach (var (language, title, expected) in new[]
        {
            ("zh-CN", "请求参数有误", chinese),
            ("en", "The request's parameters are not valid", english),
            ("en-US,en;q=0.9", "The request's parameters are not valid", english),
        })
        {
            using var request = Request("/api/calendar/due-date" + query, language);
            using var response = await factory.CreateClient().SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = problem.RootElement;
            Assert.Equal(400, root.GetProperty("status").GetInt32());
            Assert.Equal(title, root.GetProperty("title").GetString());
            Assert.Contains(expected, root.GetProperty("detail").GetString(), StringComparison.Ordinal);
            var messages = root.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()).ToList();
            Assert.Contains(messages, m => m!.Contains(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task DueDate_BothParametersWrong_ReportsBoth()
    {
        using var request = Request("/api/calendar/due-date?received=yesterday&workingDays=999", "en");
        using var response = await factory.CreateClient().SendAsync(request);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("received", out _));
        Assert.True(errors.TryGetProperty("workingDays", out _));
    }

    [Fact]
    public async Task DueDate_WithoutAcceptLanguage_AnswersInChinese()
    {
        using var response = await factory.CreateClient().GetAsync("/api/calendar/due-date?received=2025-10-10");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("请求参数有误", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Template_RequiresASignedInSystemAdmin()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/admin/calendar/template?year=2025");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static (string?, string?, string?) Skipped(JsonElement day) =>
        (day.GetProperty("date").GetString(), day.GetProperty("reason").GetString(), day.GetProperty("holidayName").GetString());

    private static HttpRequestMessage Request(string url, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    private async Task<JsonDocument> GetJsonAsync(string url, string language)
    {
        using var request = Request(url, language);
        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
