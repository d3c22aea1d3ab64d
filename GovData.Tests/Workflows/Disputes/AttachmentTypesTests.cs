using GovData.Workflows.Uploads;

namespace GovData.Tests.Workflows.Disputes;

/// <summary>Attachments are typed by their content and the name must agree; anything else is refused.</summary>
public sealed class AttachmentTypesTests
{
    [Theory]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("A.PDF", "application/pdf")]
    public void Recognise_Pdf(string name, string type) =>
        Assert.Equal(type, AttachmentTypes.Recognise(DisputeFixture.Pdf(name).Content, name)?.ContentType);

    [Fact]
    public void Recognise_PngAndJpeg_ByTheirSignatures()
    {
        Assert.Equal("image/png", AttachmentTypes.Recognise([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "scan.png")?.ContentType);
        Assert.Equal("image/jpeg", AttachmentTypes.Recognise([0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "photo.jpg")?.ContentType);
    }

    [Fact]
    public void Recognise_AWordPackage_ByItsMainPart() =>
        Assert.Equal(AttachmentTypes.Word, AttachmentTypes.Recognise(DisputeFixture.Docx("x.docx").Content, "x.docx"));

    [Theory]
    [InlineData("page.pdf", "<html><script>alert(1)</script></html>")]
    [InlineData("run.exe", "%PDF-1.7 but named as a program")]
    [InlineData("image.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")]
    [InlineData("noname", "%PDF-1.7")]
    public void Recognise_RefusesContentThatIsNotWhatTheNameSays(string name, string text) =>
        Assert.Null(AttachmentTypes.Recognise(System.Text.Encoding.UTF8.GetBytes(text), name));

    [Fact]
    public void Recognise_RefusesAZipThatIsNoOfficePackage()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("evil.js").Open());
            writer.Write("alert(1)");
        }

        Assert.Null(AttachmentTypes.Recognise(buffer.ToArray(), "report.docx"));
    }
}
