using ClosedXML.Excel;
using GovData.Domain.Calendar;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;
using static GovData.Tests.Workflows.Calendar.CalendarTestHost;

namespace GovData.Tests.Workflows.Calendar;

public abstract class ImportCalendarYearTestsCases(TestProvider provider) : IAsyncLifetime
{
    private CalendarTestHost _host = null!;

    public async Task InitializeAsync() => _host = await CreateAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ImportJson_NewYear_LoadsItsDaysAndMarksItLoaded()
    {
        var import = _host.Get<ImportCalendarYear>();
        var before = await _host.Get<WorkingDayCalendarProvider>().GetAsync();
        Assert.True(before.IsWorkingDay(new DateOnly(2027, 2, 8)));

        var result = await import.ExecuteAsync(Admin, 2027, CalendarImportFormat.Json, Json(Schedule2027()), "2027.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        Assert.Equal((3, 1), (result.OffDayCount, result.MakeUpDayCount));
        await using var db = _host.Database.CreateDbContext();
        var year = await db.CalendarYears.SingleAsync(y => y.Year == 2027);
        Assert.Equal("国务院办公厅关于2027年部分节假日安排的通知", year.Source);
        Assert.Equal(_host.Time.GetUtcNow().UtcDateTime, year.LoadedAtUtc);
        Assert.Equal(4, await db.CalendarDays.CountAsync(d => d.Date.Year == 2027));

        var after = await _host.Get<WorkingDayCalendarProvider>().GetAsync();
        Assert.False(after.IsWorkingDay(new DateOnly(2027, 2, 8)));
        Assert.True(after.IsWorkingDay(new DateOnly(2027, 2, 6)));
        Assert.True(after.Explain(new DateOnly(2026, 12, 31), 5).CalendarComplete);
    }

    [Fact]
    public async Task ImportJson_ExistingYear_ReplacesItsDaysOnly()
    {
        var file = new
        {
            year = 2025,
            source = "更正后的通知",
            days = new object[]
            {
                new { name = "元旦", date = "2025-01-01", isOffDay = true },
                new { name = "国庆节", date = "2025-10-01", isOffDay = true },
                new { name = "国庆节", date = "2025-10-11", isOffDay = false },
            },
        };

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2025, CalendarImportFormat.Json, Json(file), null);

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        await using var db = _host.Database.CreateDbContext();
        var days2025 = await db.CalendarDays.Where(d => d.Date.Year == 2025).OrderBy(d => d.Date).ToListAsync();
        Assert.Equal(["元旦", "国庆节", "国庆节"], days2025.Select(d => d.Name));
        Assert.Equal(39, await db.CalendarDays.CountAsync(d => d.Date.Year == 2026));
        Assert.Equal("更正后的通知", (await db.CalendarYears.SingleAsync(y => y.Year == 2025)).Source);
        Assert.Equal([2025], _host.Listener.Changes.Single().Years);
    }

    public static TheoryData<string, string, string> BadJsonFiles() => new()
    {
        { "not json", "{ \"year\": 2027, \"days\": [", CalendarImportIssues.InvalidJson },
        { "an array", "[]", CalendarImportIssues.JsonShape },
        { "no days", "{ \"year\": 2027, \"source\": \"s\" }", CalendarImportIssues.MissingField },
        { "empty days", "{ \"year\": 2027, \"source\": \"s\", \"days\": [] }", CalendarRules.NoDays },
        { "wrong year", "{ \"year\": 2028, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true } ] }", CalendarImportIssues.WrongYear },
        { "date outside the year", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2028-01-01\", \"isOffDay\": true } ] }", CalendarRules.DateOutsideYear },
        { "bad date", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-13-01\", \"isOffDay\": true } ] }", CalendarImportIssues.InvalidDate },
        { "missing isOffDay", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-01-01\" } ] }", CalendarImportIssues.MissingField },
        { "duplicate", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true }, { \"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true } ] }", CalendarRules.DuplicateDate },
        { "make-up on a weekday", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-01-04\", \"isOffDay\": false } ] }", CalendarRules.MakeUpDayNotWeekend },
        { "empty name", "{ \"year\": 2027, \"source\": \"s\", \"days\": [ { \"name\": \" \", \"date\": \"2027-01-01\", \"isOffDay\": true } ] }", CalendarRules.NameRequired },
        { "no source", "{ \"year\": 2027, \"days\": [ { \"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true } ] }", CalendarRules.SourceRequired },
        { "empty file", "", CalendarImportIssues.FileEmpty },
    };

    [Theory]
    [MemberData(nameof(BadJsonFiles))]
    public async Task ImportJson_BadFile_IsRefusedAndChangesNothing(string because, string content, string expectedCode)
    {
        var before = await _host.SnapshotAsync();

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Json, Text(content), fallbackSource: null);

        Assert.False(result.Succeeded, because);
        Assert.Contains(result.Issues, i => i.Code == expectedCode);
        Assert.Equal(before, await _host.SnapshotAsync());
        Assert.Empty(_host.Listener.Changes);
    }

    [Fact]
    public async Task ImportJson_BadExistingYear_LeavesTheOldScheduleInPlace()
    {
        var before = await _host.SnapshotAsync();
        var file = new
        {
            year = 2025,
            source = "s",
            days = new object[]
            {
                new { name = "国庆节", date = "2025-10-01", isOffDay = true },
                new { name = "国庆节", date = "2025-10-10", isOffDay = false },
            },
        };

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2025, CalendarImportFormat.Json, Json(file), null);

        var issue = Assert.Single(result.Issues);
        Assert.Equal((CalendarRules.MakeUpDayNotWeekend, 2), (issue.Code, issue.Row));
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Fact]
    public async Task Import_TooLargeFile_IsRefused()
    {
        var content = new MemoryStream(new byte[ImportCalendarYear.MaxFileBytes + 1]);

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Json, content, "x");

        Assert.Equal(CalendarImportIssues.FileTooLarge, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public async Task ImportExcel_Template_LoadsTheYear()
    {
        var spreadsheet = _host.Get<ICalendarSpreadsheet>();
        var xlsx = spreadsheet.Write(2027, [new(new DateOnly(2027, 1, 1), true, "元旦"), new(new DateOnly(2027, 2, 6), false, "春节")]);

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Excel, new MemoryStream(xlsx), "2027.xlsx");

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        await using var db = _host.Database.CreateDbContext();
        Assert.Equal("2027.xlsx", (await db.CalendarYears.SingleAsync(y => y.Year == 2027)).Source);
        var makeUp = await db.CalendarDays.SingleAsync(d => d.Date == new DateOnly(2027, 2, 6));
        Assert.False(makeUp.IsOffDay);
    }

    [Fact]
    public async Task ImportExcel_TextDatesAndReorderedColumns_AreRead()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("假日");
        sheet.Cell(1, 1).SetValue("类型");
        sheet.Cell(1, 2).SetValue("名称");
        sheet.Cell(1, 3).SetValue("日期");
        sheet.Cell(2, 1).SetValue("放假");
        sheet.Cell(2, 2).SetValue("元旦");
        sheet.Cell(2, 3).SetValue<string>("2027/1/1");
        sheet.Cell(4, 1).SetValue("调休上班");
        sheet.Cell(4, 2).SetValue("春节");
        sheet.Cell(4, 3).SetValue<string>("2027年2月6日");

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Excel, Save(workbook), "x.xlsx");

        Assert.True(result.Succeeded, string.Join("; ", result.Issues));
        Assert.Equal((1, 1), (result.OffDayCount, result.MakeUpDayCount));
    }

    [Fact]
    public async Task ImportExcel_BadRows_AreAllReportedWithExcelRowNumbers_AndChangeNothing()
    {
        var before = await _host.SnapshotAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("2027");
        sheet.Cell(1, 1).SetValue("日期");
        sheet.Cell(1, 2).SetValue("名称");
        sheet.Cell(1, 3).SetValue("类型");
        Row(sheet, 2, new DateTime(2027, 1, 1), "元旦", "放假");
        Row(sheet, 3, new DateTime(2027, 1, 4), "元旦", "调休上班");
        Row(sheet, 4, new DateTime(2027, 1, 1), "元旦", "放假");
        Row(sheet, 5, new DateTime(2026, 12, 31), "元旦", "放假");
        Row(sheet, 6, new DateTime(2027, 2, 8), "", "放假");
        Row(sheet, 7, new DateTime(2027, 2, 9), "春节", "休");
        sheet.Cell(8, 1).SetValue("二月九日");
        sheet.Cell(8, 2).SetValue("春节");
        sheet.Cell(8, 3).SetValue("放假");

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Excel, Save(workbook), "x.xlsx");

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                (7, CalendarImportIssues.InvalidType),
                (8, CalendarImportIssues.InvalidDate),
                (3, CalendarRules.MakeUpDayNotWeekend),
                (4, CalendarRules.DuplicateDate),
                (5, CalendarRules.DateOutsideYear),
                (6, CalendarRules.NameRequired),
            ],
            result.Issues.Select(i => (i.Row ?? 0, i.Code)));
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Fact]
    public async Task ImportExcel_MissingColumns_AreNamed()
    {
        var before = await _host.SnapshotAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("2027");
        sheet.Cell(1, 1).SetValue("日期");
        sheet.Cell(1, 2).SetValue("节日");

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Excel, Save(workbook), "x.xlsx");

        Assert.Equal(
            [(CalendarImportIssues.MissingColumn, "名称"), (CalendarImportIssues.MissingColumn, "类型")],
            result.Issues.Select(i => (i.Code, (string)i.Arguments[0])));
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Theory]
    [InlineData("日期,名称,类型\n2027-01-01,元旦,放假\n")]
    [InlineData("PK\u0003\u0004 but not really a workbook")]
    public async Task ImportExcel_NotAnXlsxFile_IsRefused(string content)
    {
        var before = await _host.SnapshotAsync();

        var result = await _host.Get<ImportCalendarYear>().ExecuteAsync(Admin, 2027, CalendarImportFormat.Excel, Text(content), "x.xlsx");

        Assert.Equal(CalendarImportIssues.NotXlsx, Assert.Single(result.Issues).Code);
        Assert.Equal(before, await _host.SnapshotAsync());
    }

    [Fact]
    public void Template_RoundTripsTheYearsDays()
    {
        var spreadsheet = _host.Get<ICalendarSpreadsheet>();
        CalendarDayView[] days = [new(new DateOnly(2025, 1, 1), true, "元旦"), new(new DateOnly(2025, 1, 26), false, "春节")];

        var document = spreadsheet.Read(new MemoryStream(spreadsheet.Write(2025, days)));

        Assert.Empty(document.Issues);
        Assert.Equal(
            [new CalendarEntry(2, days[0].Date, true, "元旦"), new CalendarEntry(3, days[1].Date, false, "春节")],
            document.Entries);
    }

    private static void Row(IXLWorksheet sheet, int row, DateTime date, string name, string type)
    {
        sheet.Cell(row, 1).SetValue(date);
        sheet.Cell(row, 2).SetValue(name);
        sheet.Cell(row, 3).SetValue(type);
    }

    private static MemoryStream Save(XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}

public sealed class ImportCalendarYearTests() : ImportCalendarYearTestsCases(TestProvider.Sqlite);

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ImportCalendarYearTestsOnPostgreSql() : ImportCalendarYearTestsCases(TestProvider.PostgreSql);
