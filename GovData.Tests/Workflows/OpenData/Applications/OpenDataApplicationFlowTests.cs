using System.Globalization;
using GovData.Domain.Identity;
using GovData.Domain.OpenData.Applications;
using GovData.Tests.Support;
using GovData.Workflows.Calendar;
using GovData.Workflows.Inbox;
using GovData.Workflows.OpenData.Applications;
using GovData.Workflows.OpenData.Datasets;
using GovData.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using V1 = GovData.Workflows.OpenData.Applications.OpenDataApplicationWorkflowV1;

namespace GovData.Tests.Workflows.OpenData.Applications;

/// <summary>Art. 26 end to end on real SQLite: due dates from the shipped calendar, the clock standing still while the
/// department waits for material, a partial grant with its written reply, delivery of exactly the granted items.
/// Each test moves the fixture's clock itself.</summary>
public abstract class OpenDataApplicationFlowTestsCases(OpenDataApplicationFixture fixture)
{
    private const string Approver = "approver.scjg@govdata.local";
    private static readonly UserContext Stranger = new("not-the-applicant", "路人", null, false, new HashSet<string> { Roles.Applicant });

    private async Task<global::GovData.Domain.Calendar.WorkingDayCalendar> CalendarAsync() => await fixture.Get<WorkingDayCalendarProvider>().GetAsync();

    [Fact]
    public async Task Apply_MaterialStopsTheClock_SupplyResumesIt_PartlyGrant_IssuesTheReply_AndDeliversOnlyGrantedItems()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var calendar = await CalendarAsync();
        var (_, items) = await fixture.EntryAsync();

        var applied = await fixture.ApplyAsync([items[0], items[1], items[2]]);

        Assert.True(applied.Succeeded, string.Join(";", applied.Violations.Select(v => v.Key)));
        var instanceId = applied.InstanceId!.Value;
        var due = calendar.AddWorkingDays(new DateOnly(2026, 3, 2), 15);
        Assert.Equal(due, applied.DueOn);
        var inbox = await fixture.Get<GetInbox>().ExecuteAsync(await fixture.UserAsync(Approver), new InboxFilter(V1.DefinitionName));
        Assert.Contains(inbox.Rows, r => r.InstanceId == instanceId);

        // Wednesday: the department asks for material — the clock stops with the working days that were left.
        fixture.SetChinaTime(new DateTime(2026, 3, 4, 10, 0, 0));
        var asked = await fixture.FireAsync(instanceId, V1.RequestMaterial, Approver, "请补充说明数据用途的研究机构证明");
        Assert.True(asked.Succeeded, asked.MessageKey);
        var stopped = await fixture.InstanceAsync(instanceId);
        var left = calendar.WorkingDaysRemaining(new DateOnly(2026, 3, 4), due);
        Assert.Null(stopped.DueOn);
        Assert.True(stopped.ClockStopped);
        Assert.Equal(left, stopped.ClockRemainingWorkingDays);
        Assert.Equal(calendar.AddWorkingDays(new DateOnly(2026, 3, 4), 10), (await fixture.ApplicationAsync(applied.Id!.Value)).MaterialDueOn);
        var mine = Assert.Single(await fixture.Get<ListMyApplications>().ExecuteAsync(await fixture.UserAsync("applicant@govdata.local")), r => r.Id == applied.Id);
        Assert.True(mine.ClockStopped);
        Assert.Null(mine.RemainingWorkingDays);

        // Friday: the applicant supplies it — the same number of working days runs again from Friday.
        fixture.SetChinaTime(new DateTime(2026, 3, 6, 15, 0, 0));
        var applicant = await fixture.UserAsync("applicant@govdata.local");
        var supplied = await fixture.Get<ActOnMyApplication>().SupplyAsync(applied.Id!.Value, "附研究机构证明一份", null, applicant);
        Assert.True(supplied.Succeeded, supplied.MessageKey);
        var resumed = await fixture.InstanceAsync(instanceId);
        Assert.Equal(calendar.AddWorkingDays(new DateOnly(2026, 3, 6), left), resumed.DueOn);
        Assert.Equal("附研究机构证明一份", (await fixture.ApplicationAsync(applied.Id.Value)).MaterialSupplied);

        // The approver grants two items and refuses the third with reasons and a legal basis.
        fixture.SetChinaTime(new DateTime(2026, 3, 10, 11, 0, 0));
        var basis = await fixture.LegalBasisIdAsync();
        var granted = await fixture.FireAsync(
            instanceId, V1.PartlyGrant, Approver, "许可品种涉及企业商业秘密",
            OpenDataApplicationArguments.GrantedItems.Of([items[0].ToString(CultureInfo.InvariantCulture), items[1].ToString(CultureInfo.InvariantCulture)]),
            OpenDataApplicationArguments.UseUntil.Of(new DateOnly(2026, 12, 31)),
            OpenDataApplicationArguments.LegalBases.Of([basis.ToString(CultureInfo.InvariantCulture)]));
        Assert.True(granted.Succeeded, granted.MessageKey + " " + string.Join(",", granted.Arguments));
        var decided = await fixture.ApplicationAsync(applied.Id.Value);
        Assert.Equal(ApplicationOutcome.PartlyGranted, decided.Outcome);
        Assert.False(decided.AnsweredOnTheSpot);
        Assert.NotNull(decided.ReplyDocumentId);

        // The written reply: number, applicant (ID masked), items with decision, reason and basis, code.
        var reply = await fixture.Get<GetReplyDocument>().ExecuteAsync(decided.Id, applicant);
        Assert.NotNull(reply);
        var text = await PdfText.ExtractAsync(reply.Content);
        var view = await fixture.Get<GetMyApplication>().ExecuteAsync(decided.Id, applicant);
        Assert.Contains(view!.Reply!.Number, text);
        Assert.Contains("开放答复〔2026〕", text);
        Assert.Contains("李市民", text);
        Assert.Contains("1101**********002X", text);
        Assert.DoesNotContain(OpenDataApplicationFixture.ValidId, text);
        Assert.Contains("部分予以开放", text);
        Assert.Contains("许可品种涉及企业商业秘密", text);
        Assert.Contains(view.Reply.VerificationCode, text);
        Assert.Contains(view.Items.Single(i => !i.Granted).Name, text);
        Assert.Contains("2026年12月31日", text);

        // Delivery: exactly the two granted items, recorded with the row count.
        await fixture.EnsureReleaseAsync();
        var (download, error, _) = await fixture.Get<DownloadGrantedData>().OpenAsync(decided.Id, DatasetFormat.Csv, applicant);
        Assert.Null(error);
        await using (var rows = download!.Rows)
        {
            Assert.Equal([items[0], items[1]], rows.Columns.Select(c => c.ItemId));
            Assert.Equal(2, rows.ReadRows().Count());
        }

        await using var db = fixture.Database.CreateDbContext();
        var record = await db.OpenDataDownloads.SingleAsync(d => d.ApplicationId == decided.Id);
        Assert.Equal(applicant.UserId, record.UserId);
        Assert.Equal(2, record.Rows);
        Assert.Equal($"{items[0]},{items[1]}", record.ItemIds);
    }

    [Fact]
    public async Task AGrantOnTheDayOfReceipt_IsAnsweredOnTheSpot_AndTheDownloadEndsWithThePeriodOfUse()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var (_, items) = await fixture.EntryAsync();
        var applied = await fixture.ApplyAsync([items[0]]);
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 16, 0, 0));

        var granted = await fixture.FireAsync(
            applied.InstanceId!.Value, V1.Grant, Approver, null,
            OpenDataApplicationArguments.GrantedItems.Of([items[0].ToString(CultureInfo.InvariantCulture)]),
            OpenDataApplicationArguments.UseUntil.Of(new DateOnly(2026, 3, 5)));

        Assert.True(granted.Succeeded, granted.MessageKey);
        var application = await fixture.ApplicationAsync(applied.Id!.Value);
        Assert.True(application.AnsweredOnTheSpot);
        var text = await PdfText.ExtractAsync((await fixture.Get<GetReplyDocument>().ExecuteAsync(application.Id, await fixture.UserAsync("applicant@govdata.local")))!.Content);
        Assert.Contains("当场作出", text);

        fixture.SetChinaTime(new DateTime(2026, 3, 6, 9, 0, 0));
        var (download, error, arguments) = await fixture.Get<DownloadGrantedData>().OpenAsync(application.Id, DatasetFormat.Csv, await fixture.UserAsync("applicant@govdata.local"));
        Assert.Null(download);
        Assert.Equal(OpenDataApplicationErrors.PeriodOfUseEnded, error);
        Assert.Equal(new DateOnly(2026, 3, 5), arguments.Single());
    }

    [Fact]
    public async Task Refuse_WithoutReasonOrBasis_IsRefused_AndChangesNothing()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var applied = await fixture.ApplyAsync();

        var noReason = await fixture.FireAsync(applied.InstanceId!.Value, V1.Refuse, Approver, null,
            OpenDataApplicationArguments.LegalBases.Of([(await fixture.LegalBasisIdAsync()).ToString(CultureInfo.InvariantCulture)]));
        var unknownBasis = await fixture.FireAsync(applied.InstanceId!.Value, V1.Refuse, Approver, "理由", OpenDataApplicationArguments.LegalBases.Of(["999999"]));

        Assert.Equal(OpenDataApplicationErrors.ReasonRequired, noReason.MessageKey);
        Assert.Equal(OpenDataApplicationErrors.LegalBasisUnknown, unknownBasis.MessageKey);
        Assert.Equal(V1.Submitted, (await fixture.InstanceAsync(applied.InstanceId.Value)).State);
        Assert.Null((await fixture.ApplicationAsync(applied.Id!.Value)).ReplyDocumentId);
    }

    [Fact]
    public async Task MaterialNotSuppliedInTime_TheSweepClosesTheApplication_OnceAndOnlyAfterTheLastDay()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var applied = await fixture.ApplyAsync();
        await fixture.FireAsync(applied.InstanceId!.Value, V1.RequestMaterial, Approver, "请补充材料");
        var lastDay = (await fixture.ApplicationAsync(applied.Id!.Value)).MaterialDueOn!.Value;
        var sweep = fixture.Get<LapseUnsuppliedApplications>();

        fixture.SetChinaTime(lastDay.ToDateTime(new TimeOnly(23, 0)));
        await sweep.RunAsync(CancellationToken.None);
        Assert.Equal(V1.AwaitingMaterial, (await fixture.InstanceAsync(applied.InstanceId.Value)).State);

        fixture.SetChinaTime(lastDay.AddDays(1).ToDateTime(new TimeOnly(0, 20)));
        await sweep.RunAsync(CancellationToken.None);
        await sweep.RunAsync(CancellationToken.None);

        var closed = await fixture.InstanceAsync(applied.InstanceId.Value);
        Assert.Equal(V1.Lapsed, closed.State);
        Assert.True(closed.IsClosed);
        Assert.Equal(ApplicationOutcome.Lapsed, (await fixture.ApplicationAsync(applied.Id.Value)).Outcome);
        await using var db = fixture.Database.CreateDbContext();
        Assert.Equal(1, await db.WorkflowJournal.CountAsync(e => e.InstanceId == applied.InstanceId && e.Trigger == V1.Lapse));
    }

    [Fact]
    public async Task Withdraw_ByTheApplicant_ClosesIt_AndNobodyElseMayWithdrawOrSeeIt()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var applied = await fixture.ApplyAsync();
        var act = fixture.Get<ActOnMyApplication>();

        var byStranger = await act.WithdrawAsync(applied.Id!.Value, null, Stranger);
        Assert.Equal(WorkflowOutcome.NotFound, byStranger.Outcome);
        Assert.Null(await fixture.Get<GetMyApplication>().ExecuteAsync(applied.Id.Value, Stranger));
        Assert.Null(await fixture.Get<GetMyApplication>().ExecuteAsync(applied.Id.Value, UserContext.Anonymous));
        Assert.Empty(await fixture.Get<ListMyApplications>().ExecuteAsync(Stranger));

        var withdrawn = await act.WithdrawAsync(applied.Id.Value, null, await fixture.UserAsync("applicant@govdata.local"));

        Assert.True(withdrawn.Succeeded, withdrawn.MessageKey);
        Assert.Equal(ApplicationOutcome.Withdrawn, (await fixture.ApplicationAsync(applied.Id.Value)).Outcome);
        var again = await act.WithdrawAsync(applied.Id.Value, null, await fixture.UserAsync("applicant@govdata.local"));
        Assert.False(again.Succeeded);
    }

    [Fact]
    public async Task TheReply_IsForTheApplicantAndTheProviderOnly()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        var applied = await fixture.ApplyAsync();
        await fixture.FireAsync(applied.InstanceId!.Value, V1.Refuse, Approver, "涉及商业秘密",
            OpenDataApplicationArguments.LegalBases.Of([(await fixture.LegalBasisIdAsync()).ToString(CultureInfo.InvariantCulture)]));
        var replies = fixture.Get<GetReplyDocument>();

        Assert.NotNull(await replies.ExecuteAsync(applied.Id!.Value, await fixture.UserAsync(Approver)));
        Assert.Null(await replies.ExecuteAsync(applied.Id.Value, await fixture.UserAsync("approver.ga@govdata.local")));
        Assert.Null(await replies.ExecuteAsync(applied.Id.Value, Stranger));
        Assert.Null(await replies.ExecuteAsync(applied.Id.Value, UserContext.Anonymous));
        var (download, error, _) = await fixture.Get<DownloadGrantedData>().OpenAsync(applied.Id.Value, DatasetFormat.Csv, await fixture.UserAsync("applicant@govdata.local"));
        Assert.Null(download);
        Assert.Equal(OpenDataApplicationErrors.NotGranted, error);
    }

    [Fact]
    public async Task AnInvalidForm_ReturnsEveryViolation_AndStoresNothing()
    {
        fixture.SetChinaTime(new DateTime(2026, 3, 2, 9, 30, 0));
        await using var before = fixture.Database.CreateDbContext();
        var count = await before.OpenDataApplications.CountAsync();

        var result = await fixture.ApplyAsync([], new ApplicantDetails(ApplicantType.Citizen, "张三", "110105194912310021", "", "12", "x"));

        Assert.False(result.Succeeded);
        Assert.Equal(
            [OpenDataApplicationErrors.ItemsRequired, OpenDataApplicationErrors.IdNumberInvalid, OpenDataApplicationErrors.ContactNameRequired,
             OpenDataApplicationErrors.PhoneInvalid, OpenDataApplicationErrors.EmailInvalid],
            result.Violations.Select(v => v.Key));
        await using var after = fixture.Database.CreateDbContext();
        Assert.Equal(count, await after.OpenDataApplications.CountAsync());
    }

    [Fact]
    public async Task OnlyApplicants_MayApply_AndOnlyForAnOnApplicationEntry()
    {
        var (entryId, items) = await fixture.EntryAsync();
        var (notOpenId, notOpenItems) = await fixture.EntryAsync("1.01.001/GA-0001");
        var submit = fixture.Get<SubmitOpenDataApplication>();

        var byStaff = await submit.ExecuteAsync(await fixture.UserAsync(Approver),
            new SubmitOpenDataApplicationCommand(entryId, [items[0]], "p", "s", OpenDataApplicationFixture.Citizen(), false));
        var notOpen = await submit.ExecuteAsync(await fixture.UserAsync("applicant@govdata.local"),
            new SubmitOpenDataApplicationCommand(notOpenId, [notOpenItems[0]], "p", "s", OpenDataApplicationFixture.Citizen(), false));
        var foreignItem = await submit.ExecuteAsync(await fixture.UserAsync("applicant@govdata.local"),
            new SubmitOpenDataApplicationCommand(entryId, [notOpenItems[0]], "p", "s", OpenDataApplicationFixture.Citizen(), false));

        Assert.Equal(OpenDataApplicationErrors.NotAllowed, byStaff.Violations.Single().Key);
        Assert.Equal(OpenDataApplicationErrors.NotOnApplication, notOpen.Violations.Single().Key);
        Assert.Equal(OpenDataApplicationErrors.ItemNotApplicable, foreignItem.Violations.Single().Key);
    }
}

[Collection(nameof(OpenDataApplicationFlowTests))]
public sealed class OpenDataApplicationFlowTests(OpenDataApplicationFixture fixture) : OpenDataApplicationFlowTestsCases(fixture), IClassFixture<OpenDataApplicationFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class OpenDataApplicationFlowTestsOnPostgreSql(PostgreSqlOpenDataApplicationFixture fixture) : OpenDataApplicationFlowTestsCases(fixture), IClassFixture<PostgreSqlOpenDataApplicationFixture>;
