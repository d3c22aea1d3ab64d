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
        var preview = AuditSummaryView.Preview(AuditActions.Insert, """{"Id":3,"Level":"Municipal","Code":"GA","Name":"市公安局"}""", f => f, maxFields: 2);

        Assert.Equal("Name: 市公安局; Code: GA", preview);
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
