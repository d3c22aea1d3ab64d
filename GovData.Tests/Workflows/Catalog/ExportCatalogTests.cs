using GovData.Domain.Identity;
using GovData.Domain.Resources;
using GovData.Tests.Support;
using GovData.Workflows.Catalog;
using GovData.Workflows.Catalog.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace GovData.Tests.Workflows.Catalog;

/// <summary>
/// The demo city plus GA entries of our own: a published one whose name looks like a formula and which has an open
/// draft with other content, a draft-only entry, a retired one and a published NotOpen one.
/// </summary>
public class ExportCatalogFixture : IAsyncLifetime
{
    public const string FormulaName = "=HYPERLINK(\"http://evil\",\"点我\")";
    public const string DraftName = "草稿中的新名称";

    public SqliteTestDatabase Database { get; private set; } = default!;

    public DemoCatalogFixture Users { get; }

    public ExportCatalogFixture()
        : this(new DemoCatalogFixture())
    {
    }

    protected ExportCatalogFixture(DemoCatalogFixture users) => Users = users;

    public async Task InitializeAsync()
    {
        await Users.InitializeAsync();
        Database = Users.Database;
        var ga = Users.DepartmentIds["GA"];
        await using (var db = Database.WriteContext())
        {
            await TestCatalog.AddAsync(db, TestCatalog.Content("3.09.003/GA-9003", FormulaName), ga, CatalogStatus.Published);
            await TestCatalog.AddAsync(db, TestCatalog.Content("3.09.004/GA-9004", "不予开放的户籍统计", ShareType.Conditional, OpenType.NotOpen), ga, CatalogStatus.Published);
        }

        var manager = await Users.UserAsync("catalog.ga@govdata.local");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));
        var save = new SaveCatalogDraft(Database.UnitOfWork(clock), clock);
        var id = await Users.ResourceIdAsync("3.09.003/GA-9003");
        var result = await save.ExecuteAsync(manager, new SaveCatalogDraftCommand(id, TestCatalog.Content("3.09.003/GA-9003", DraftName)));
        Assert.True(result.Succeeded, result.ErrorKey);
    }

    public async Task DisposeAsync() => await Users.DisposeAsync();
}

public abstract class ExportCatalogTestsCases(ExportCatalogFixture fixture)
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Department_RoundTripsOwnPublishedEntriesAndItems()
    {
        var (result, read) = await ExportAsync("catalog.ga@govdata.local", CatalogExportScope.Department);

        Assert.True(result.Succeeded);
        // The demo seed's English names are column names (citizen_id_number), so the exported file reads without errors.
        Assert.Empty(read.Errors);
        await using var db = fixture.Database.CreateDbContext();
        var ga = fixture.Users.DepartmentIds["GA"];
        var expected = (await db.DataResources.Where(r => r.ProviderDepartmentId == ga && r.Status == CatalogStatus.Published)
            .Select(r => r.Code).ToListAsync()).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, read.Resources.Select(r => r.Code).ToList());
        Assert.Equal(result.ResourceCount, read.Resources.Count);
        var expectedItems = await db.DataItems.CountAsync(i => !i.IsRetired && db.DataResources.Any(r => r.Id == i.DataResourceId && r.ProviderDepartmentId == ga && r.Status == CatalogStatus.Published));
        Assert.Equal(expectedItems, result.ItemCount);
        Assert.Equal(expectedItems, read.Items.Count);
        Assert.All(read.Items, i => Assert.Contains(i.ResourceCode, expected));
        Assert.All(read.Resources, r => Assert.Equal("GA", r.ProviderCode));
        Assert.Equal("政务数据资源目录-GA-20261127.xlsx", result.FileName);
    }

    [Fact]
    public async Task Department_NeverContainsOtherDepartmentsOrDraftContent()
    {
        var (_, read) = await ExportAsync("catalog.ga@govdata.local", CatalogExportScope.Department);

        Assert.DoesNotContain(read.Resources, r => r.ProviderCode != "GA");
        Assert.DoesNotContain(read.Resources, r => r.Code is "3.09.001/GA-9001" or "3.09.002/GA-9002");
        Assert.DoesNotContain(read.Resources, r => r.Name == ExportCatalogFixture.DraftName);
        Assert.Equal(ExportCatalogFixture.FormulaName, Assert.Single(read.Resources, r => r.Code == "3.09.003/GA-9003").Name);
    }

    [Fact]
    public async Task Open_ListsNotOpenWithItsBasis_Art27_AndLeavesSharingColumnsEmpty()
    {
        await using var output = new MemoryStream();
        var result = await Export().ExecuteAsync(UserContext.Anonymous, CatalogExportScope.Open, output);
        output.Position = 0;
        using var workbook = new ClosedXML.Excel.XLWorkbook(output);

        Assert.True(result.Succeeded);
        var sheet = workbook.Worksheet(CatalogSheets.Resources);
        var openColumn = HeaderIndex(sheet, "开放类型");
        var shareColumn = HeaderIndex(sheet, "共享类型");
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(result.ResourceCount, rows.Count);
        Assert.NotEmpty(rows);
        var basisColumn = HeaderIndex(sheet, "法律依据");
        var notOpen = Assert.Single(rows, r => r.Cell(1).GetString() == "3.09.004/GA-9004");
        Assert.Equal("不予开放", notOpen.Cell(openColumn).GetString());
        Assert.False(notOpen.Cell(basisColumn).IsEmpty());
        Assert.All(rows, r => Assert.True(r.Cell(shareColumn).IsEmpty()));
        var items = workbook.Worksheet(CatalogSheets.Items);
        Assert.Contains(items.RowsUsed().Skip(1), r => r.Cell(1).GetString() == "3.09.004/GA-9004");
    }

    [Fact]
    public async Task Sharing_HasAllPublishedEntriesOfEveryDepartment()
    {
        var (result, read) = await ExportAsync("requester.rs@govdata.local", CatalogExportScope.Sharing);

        await using var db = fixture.Database.CreateDbContext();
        var published = await db.DataResources.CountAsync(r => r.Status == CatalogStatus.Published);
        Assert.True(result.Succeeded);
        Assert.Equal(published, read.Resources.Count);
        Assert.Contains(read.Resources, r => r.Code == "3.09.004/GA-9004" && r.ShareType == ShareType.Conditional);
    }

    [Fact]
    public async Task Sharing_RefusedForTheApplicant()
    {
        var user = await fixture.Users.UserAsync("applicant@govdata.local");
        await using var output = new MemoryStream();

        var result = await Export().ExecuteAsync(user, CatalogExportScope.Sharing, output);

        Assert.False(result.Succeeded);
        Assert.Equal(ExportCatalog.NotAllowedKey, result.ErrorKey);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Export_NeutralisesFormulaTextInTheFile()
    {
        await using var output = new MemoryStream();
        var user = await fixture.Users.UserAsync("catalog.ga@govdata.local");
        await Export().ExecuteAsync(user, CatalogExportScope.Department, output);
        output.Position = 0;
        using var workbook = new ClosedXML.Excel.XLWorkbook(output);

        var row = workbook.Worksheet(CatalogSheets.Resources).RowsUsed().Single(r => r.Cell(1).GetString() == "3.09.003/GA-9003");
        Assert.False(row.Cell(2).HasFormula);
        Assert.Equal(FormulaNeutraliser.Prefix + ExportCatalogFixture.FormulaName, row.Cell(2).GetString());
    }

    private static int HeaderIndex(ClosedXML.Excel.IXLWorksheet sheet, string header) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == header).Address.ColumnNumber;

    private ExportCatalog Export() => new(fixture.Database, new CatalogWorkbookWriter(), _time);

    private async Task<(CatalogExportResult Result, CatalogWorkbookReadResult Read)> ExportAsync(string email, CatalogExportScope scope)
    {
        var user = await fixture.Users.UserAsync(email);
        await using var output = new MemoryStream();
        var result = await Export().ExecuteAsync(user, scope, output);
        output.Position = 0;
        return (result, new CatalogWorkbookReader(new CatalogWorkbookLimits()).Read(output));
    }
}

/// <summary>The same city on PostgreSQL.</summary>
public sealed class PostgreSqlExportCatalogFixture() : ExportCatalogFixture(new PostgreSqlDemoCatalogFixture());

public sealed class ExportCatalogTests(ExportCatalogFixture fixture) : ExportCatalogTestsCases(fixture), IClassFixture<ExportCatalogFixture>;

/// <summary>The cases above on PostgreSQL (decision 0030).</summary>
public sealed class ExportCatalogTestsOnPostgreSql(PostgreSqlExportCatalogFixture fixture) : ExportCatalogTestsCases(fixture), IClassFixture<PostgreSqlExportCatalogFixture>;
