namespace GovData.Workflows.Uploads;

/// <summary>A kind of attachment GovData accepts, recognised by its content.</summary>
public sealed record AttachmentType(string ContentType, IReadOnlyList<string> Extensions);

/// <summary>
/// Decides what an uploaded attachment is from its first bytes (PDF, PNG, JPEG, the legacy Office compound file, an
/// Office Open XML package whose main part is a document, workbook or presentation), never from its name or the
/// browser's declared type; the name's extension must then agree with the content, so a script renamed to .pdf is refused,
/// and so is a PDF renamed to .exe. Anything else is refused. Nothing is ever executed or rendered: the content is only
/// kept and handed back as a download.
/// </summary>
public static class AttachmentTypes
{
    public static AttachmentType Pdf { get; } = new("application/pdf", [".pdf"]);

    public static AttachmentType Png { get; } = new("image/png", [".png"]);

    public static AttachmentType Jpeg { get; } = new("image/jpeg", [".jpg", ".jpeg"]);

    public static AttachmentType LegacyOffice { get; } = new("application/x-ole-storage", [".doc", ".xls", ".ppt"]);

    public static AttachmentType Word { get; } = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);

    public static AttachmentType Excel { get; } = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static AttachmentType PowerPoint { get; } = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);

    /// <summary>The extensions the file picker offers.</summary>
    public static string Accept => ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The type of <paramref name="content"/> when it is one we accept and <paramref name="fileName"/>'s
    /// extension agrees with it; null otherwise.</summary>
    public static AttachmentType? Recognise(ReadOnlySpan<byte> content, string? fileName)
    {
        var type = ByContent(content);
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        return type is not null && type.Extensions.Contains(extension) ? type : null;
    }

    private static AttachmentType? ByContent(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (content.StartsWith(PngMagic))
        {
            return Png;
        }

        if (content.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (content.StartsWith(OleMagic))
        {
            return LegacyOffice;
        }

        return content.StartsWith(ZipMagic) ? OfficePackage(content.ToArray()) : null;
    }

    /// <summary>A zip is accepted only as an Office package: [Content_Types].xml and a main part named by the package's
    /// officeDocument relationship. Only the small relationship part is inflated (through a budget).</summary>
    private static AttachmentType? OfficePackage(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var package = new OpcPackage(stream, new InflationBudget(4 * 1024 * 1024, 100));
            if (!package.Contains("[Content_Types].xml"))
            {
                return null;
            }

            var main = package.Relationships(string.Empty, 64 * 1024).FirstOrDefault(r => r.IsOfType("officeDocument"))?.Target;
            return main switch
            {
                null => null,
                _ when main.StartsWith("word/", StringComparison.OrdinalIgnoreCase) => Word,
                _ when main.StartsWith("xl/", StringComparison.OrdinalIgnoreCase) => Excel,
                _ when main.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase) => PowerPoint,
                _ => null,
            };
        }
        catch (Exception ex) when (ex is InvalidDataException or InflationLimitException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
