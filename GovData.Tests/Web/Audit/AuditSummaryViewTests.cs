using GovData.Domain.Audit;
using GovData.Web.Components.Pages.Admin.Audit;
using MudBlazor;

namespace GovData.Tests.Web.Audit;

public sealed class AuditSummaryViewTests
{
    [Fact]
    public void Lines_Update_GivesOldAndNew()
    {
        var lines = AuditSummaryView.Lines(AuditActions.Update, """{"Name":{"old":"甲","new":"乙"},"Level":{"old":"Municipal","new":null}}""");

        Assert.Equal([new AuditSummaryLine("Name", "甲", "乙"), new AuditSummaryLine("Level", "Municipal", null)], lines);
    }

    [Fact]
    public void Lines_InsertAndDelete_PutValuesOnTheRightSide()
    {
        var insert = AuditSummaryView.Lines(AuditActions.Insert, """{"Code":"GA","Id":3}""");
        var delete = AuditSummaryView.Lines(AuditActions.Delete, """{"Code":"GA"}""");

        Assert.Equal([new AuditSummaryLine("Code", null, "GA"), new AuditSummaryLine("Id", null, "3")], insert);
        Assert.Equal([new AuditSummaryLine("Code", "GA", null)], delete);
    }

    [Fact]
    public void Lines_TamperedSummaryThatIsNoLongerJson_IsShownAsItIs()
    {
        var lines = AuditSummaryView.Lines(AuditActions.Insert, "{broken");

        Assert.Equal([new AuditSummaryLine(string.Empty, null, "{broken")], lines);
    }

    [Fact]
    public void Preview_PutsTheNamingFieldsFirst()
    {
        var preview = AuditSummaryView.Preview(AuditActions.Insert, """{"Id":3,"Level":"Municipal","Code":"GA","Name":"市公安局"}""", Values(), maxFields: 2);

        Assert.Equal(["名称：市公安局", "代码：GA"], preview);
    }

    [Fact]
    public void Preview_InTheUsersLanguage_NamesUsers_WritesChinaTime_AndNoEscapes()
    {
        const string User = "96d68251-99f3-4a60-8b1e-0123456789ab";
        var summary = """{"Status":{"old":"Draft","new":"Published"},"RequesterUserId":{"old":null,"new":"USER"},"ContentJson":{"old":null,"new":"{\"Name\":\"\\u5E02\\u516C\\u5B89\\u5C40\"}"},"CreatedAtUtc":{"old":null,"new":"2026-12-02T15:56:06Z"}}""".Replace("USER", User, StringComparison.Ordinal);

        var preview = AuditSummaryView.Preview(AuditActions.Update, summary, Values((User, "钱经办人")), maxFields: 4);

        Assert.Contains("状态：草稿 → 已发布", preview);
        Assert.Contains("申请人：（空） → 钱经办人", preview);
        Assert.Contains("""目录内容：（空） → {"Name":"市公安局"}""", preview);
        Assert.Contains("创建时间：（空） → 2026年12月2日 23:56:06", preview);
        Assert.DoesNotContain(preview, l => l.Contains(User, StringComparison.Ordinal) || l.Contains("\\u", StringComparison.Ordinal));
    }

    private static AuditValues Values(params (string Id, string Name)[] users)
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Microsoft.Extensions.DependencyInjection.LocalizationServiceCollectionExtensions.AddLocalization(services);
        Microsoft.Extensions.DependencyInjection.LoggingServiceCollectionExtensions.AddLogging(services);
        var localizer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<GovData.Web.Localization.AuditResource>>(
                Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services));
        return new AuditValues(localizer, users.ToDictionary(u => u.Id, u => u.Name));
    }

    [Fact]
    public void ToQuery_DateRange_BecomesInclusiveDays()
    {
        var filters = new AuditLogFilters
        {
            Action = AuditActions.SignInFailed,
            Dates = new DateRange(new DateTime(2026, 3, 1), new DateTime(2026, 3, 2)),
        };

        var query = filters.ToQuery(page: 2, pageSize: 50);

        Assert.Equal(new DateOnly(2026, 3, 1), query.From);
        Assert.Equal(new DateOnly(2026, 3, 2), query.To);
        Assert.Equal(AuditActions.SignInFailed, query.Action);
        Assert.Equal((2, 50), (query.Page, query.PageSize));
        Assert.False(filters.IsEmpty);
        Assert.True(new AuditLogFilters().IsEmpty);
    }
}
