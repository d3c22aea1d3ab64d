using GovData.Domain.Documents;
using GovData.Tests.Support;
using GovData.Workflows.Documents;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovData.Tests.Workflows.Documents;

/// <summary>Issuing through the unit of work (numbered per kind and year, stored with its hash and code, rolled back
/// with the decision) and the anonymous verification lookup.</summary>
public sealed class IssueDocumentTests(IssueDocumentTests.Fixture fixture) : IClassFixture<IssueDocumentTests.Fixture>
{
    public sealed class Fixture : SeededServicesFixture
    {
        protected override DateTime ChinaStart => new(2026, 3, 2, 9, 30, 0);

        protected override void AddServices(IServiceCollection services) => services.AddGovDataDocuments();
    }

    private DocumentRequest Request(string kind, long subjectId) => new(
        kind,
        kind + "〔{0}〕{1:000000}号",
        "TestSubject",
        subjectId,
        "测试文书",
        fixture.DepartmentIds["GA"],
        null,
        stamp => new DocumentModel(
            "测试文书",
            [new DocumentField("编号", stamp.Number)],
            [DocumentSection.OfParagraphs("正文", "内容")],
            new DocumentFooter(new DocumentField("部门", "市公安局"), new DocumentField("日期", "2026年3月2日"), new DocumentField("核验码", stamp.VerificationCode))));

    private async Task<IssuedDocument> IssueAsync(string kind, long subjectId) =>
        await fixture.Get<UnitOfWork>().RunAsSystemAsync((db, ct) => fixture.Get<IssueDocument>().ExecuteAsync(db, Request(kind, subjectId), ct));

    [Fact]
    public async Task Issue_NumbersPerKindAndYear_AndStoresTheBytesTheirHashAndAUniqueCode()
    {
        var kind = "Test-" + Guid.NewGuid().ToString("N")[..8];

        var first = await IssueAsync(kind, 1);
        var second = await IssueAsync(kind, 2);

        Assert.Equal(kind + "〔2026〕000001号", first.Number);
        Assert.Equal(kind + "〔2026〕000002号", second.Number);
        Assert.NotEqual(first.VerificationCode, second.VerificationCode);
        Assert.Equal(first.VerificationCode, VerificationCode.Normalize(first.VerificationCode));
        Assert.Equal(new DateTime(2026, 3, 2, 1, 30, 0, DateTimeKind.Utc), first.IssuedAtUtc);
        await using var db = fixture.Database.CreateDbContext();
        var stored = await db.IssuedDocuments.AsNoTracking().SingleAsync(d => d.Id == first.Id);
        Assert.Equal(DocumentHash.Of(stored.Content), stored.Sha256);
        var text = await PdfText.ExtractAsync(stored.Content);
        Assert.Contains(kind + "〔2026〕000001号", text);
        Assert.Contains(first.VerificationCode, text);
    }

    [Fact]
    public async Task Issue_RolledBackWithTheDecision_LeavesNoDocument()
    {
        var kind = "Test-" + Guid.NewGuid().ToString("N")[..8];

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<UnitOfWork>().RunAsSystemAsync(async (db, ct) =>
        {
            await fixture.Get<IssueDocument>().ExecuteAsync(db, Request(kind, 1), ct);
            throw new InvalidOperationException("the decision failed after the document was issued");
        }));

        await using var db = fixture.Database.CreateDbContext();
        Assert.False(await db.IssuedDocuments.AnyAsync(d => d.Kind == kind));
    }

    [Fact]
    public async Task Issue_OutsideAUnitOfWork_IsRefused()
    {
        await using var db = fixture.Database.CreateDbContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Get<IssueDocument>().ExecuteAsync(db, Request("Test", 1)));
    }

    [Fact]
    public async Task Verify_FindsByTheCodeAsTypedFromPaper_AndComparesHashesAndCopies()
    {
        var issued = await IssueAsync("Test-" + Guid.NewGuid().ToString("N")[..8], 1);
        var verify = fixture.Get<VerifyIssuedDocument>();

        var typed = issued.VerificationCode.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();
        var found = await verify.FindAsync(typed);

        Assert.NotNull(found);
        Assert.Equal(issued.Number, found.Number);
        Assert.Equal("市公安局", found.DepartmentName);
        Assert.Equal(DocumentComparison.Matches, VerifyIssuedDocument.CompareHash(found, issued.Sha256.ToUpperInvariant()));
        Assert.Equal(DocumentComparison.DiffersFromIssued, VerifyIssuedDocument.CompareHash(found, new string('0', 64)));
        Assert.Equal(DocumentComparison.NotCompared, VerifyIssuedDocument.CompareHash(found, "not a hash"));
        Assert.Equal(DocumentComparison.Matches, await VerifyIssuedDocument.CompareCopyAsync(found, new MemoryStream(issued.Content)));
        var tampered = issued.Content.ToArray();
        tampered[^10] ^= 1;
        Assert.Equal(DocumentComparison.DiffersFromIssued, await VerifyIssuedDocument.CompareCopyAsync(found, new MemoryStream(tampered)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDE-FGHJK-MNPQR-STUV0")]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDE-FGHJK-MNPQR-STUVW")]
    public async Task Verify_AMalformedOrUnknownCode_FindsNothing(string? code)
    {
        Assert.Null(await fixture.Get<VerifyIssuedDocument>().FindAsync(code));
    }
}
