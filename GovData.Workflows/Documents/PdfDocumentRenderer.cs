using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GovData.Workflows.Documents;

/// <summary>
/// Lays a <see cref="DocumentModel"/> out on A4 pages with PDFsharp and the embedded fonts: title, header fields,
/// numbered sections (fields, paragraphs, tables whose header repeats on a new page), the footer after the content,
/// and on every page a bottom line with the verification code and the page number. Stateless and thread-safe.
/// </summary>
public sealed class PdfDocumentRenderer
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private const double Margin = 56;
    private const double Bottom = PageHeight - Margin - 18;
    private const double ContentWidth = PageWidth - 2 * Margin;
    private const double LabelWidth = 120;
    private const double CellPadding = 4;

    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(235, 238, 242));
    private static readonly XPen Rule = new(XColor.FromArgb(150, 150, 150), 0.6);

    public RenderedDocument Render(DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        EmbeddedFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = model.Title;
        document.Info.Creator = "GovData";
        new Layout(document).Write(model);

        using var output = new MemoryStream();
        document.Save(output, false);
        return RenderedDocument.Of(output.ToArray());
    }

    /// <summary>One rendering: the current page and where the next line goes.</summary>
    private sealed class Layout(PdfDocument document)
    {
        private readonly MixedText _title = new(18, bold: true);
        private readonly MixedText _heading = new(12, bold: true);
        private readonly MixedText _body = new(10.5, bold: false);
        private readonly MixedText _bodyBold = new(10.5, bold: true);
        private readonly MixedText _cell = new(9.5, bold: false);
        private readonly MixedText _cellBold = new(9.5, bold: true);
        private readonly MixedText _small = new(8, bold: false);
        private readonly List<XGraphics> _pages = [];
        private XGraphics _gfx = null!;
        private double _y;

        public void Write(DocumentModel model)
        {
            NewPage();
            WriteTitle(model.Title);
            foreach (var field in model.HeaderFields)
            {
                WriteField(field);
            }

            _y += 6;
            for (var i = 0; i < model.Sections.Count; i++)
            {
                WriteSection(i + 1, model.Sections[i]);
            }

            WriteFooter(model.Footer);
            FinishPages(model.Footer.VerificationCode);
        }

        private void NewPage()
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            _gfx = XGraphics.FromPdfPage(page);
            _pages.Add(_gfx);
            _y = Margin;
        }

        private void Ensure(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }

        private void WriteTitle(string title)
        {
            foreach (var line in _title.Wrap(_gfx, title, ContentWidth))
            {
                var x = Margin + (ContentWidth - _title.Width(_gfx, line)) / 2;
                _title.Draw(_gfx, line, Ink, x, _y);
                _y += _title.LineHeight;
            }

            _y += 4;
            _gfx.DrawLine(Rule, Margin, _y, Margin + ContentWidth, _y);
            _y += 10;
        }

        private void WriteField(DocumentField field)
        {
            var label = _bodyBold.Wrap(_gfx, field.Label, LabelWidth - 8);
            var value = _body.Wrap(_gfx, field.Value, ContentWidth - LabelWidth);
            var lines = Math.Max(label.Count, value.Count);
            for (var i = 0; i < lines; i++)
            {
                Ensure(_body.LineHeight);
                if (i < label.Count)
                {
                    _bodyBold.Draw(_gfx, label[i], Muted, Margin, _y);
                }

                if (i < value.Count)
                {
                    _body.Draw(_gfx, value[i], Ink, Margin + LabelWidth, _y);
                }

                _y += _body.LineHeight;
            }
        }

        private void WriteSection(int number, DocumentSection section)
        {
            _y += 8;
            Ensure(_heading.LineHeight + _body.LineHeight * 2);
            foreach (var line in _heading.Wrap(_gfx, $"{number}. {section.Heading}", ContentWidth))
            {
                _heading.Draw(_gfx, line, Ink, Margin, _y);
                _y += _heading.LineHeight;
            }

            foreach (var field in section.Fields)
            {
                WriteField(field);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                foreach (var line in _body.Wrap(_gfx, paragraph, ContentWidth))
                {
                    Ensure(_body.LineHeight);
                    _body.Draw(_gfx, line, Ink, Margin, _y);
                    _y += _body.LineHeight;
                }

                _y += 3;
            }

            if (section.Table is not null)
            {
                WriteTable(section.Table.Validated());
            }
        }

        private void WriteTable(DocumentTable table)
        {
            var total = table.Columns.Sum(c => Math.Max(0.1, c.Weight));
            var widths = table.Columns.Select(c => ContentWidth * Math.Max(0.1, c.Weight) / total).ToArray();
            var header = table.Columns.Select(c => c.Header).ToArray();
            _y += 2;
            WriteRow(header, widths, _cellBold, HeaderFill, repeatHeader: null);
            foreach (var row in table.Rows)
            {
                WriteRow(row, widths, _cell, null, repeatHeader: header);
            }

            _y += 6;
        }

        private void WriteRow(IReadOnlyList<string> cells, double[] widths, MixedText text, XBrush? fill, string[]? repeatHeader)
        {
            var wrapped = cells.Select((c, i) => text.Wrap(_gfx, c, widths[i] - 2 * CellPadding)).ToArray();
            var height = wrapped.Max(w => w.Count) * text.LineHeight + 2 * CellPadding;
            if (_y + height > Bottom)
            {
                NewPage();
                if (repeatHeader is not null)
                {
                    WriteRow(repeatHeader, widths, _cellBold, HeaderFill, repeatHeader: null);
                }
            }

            var x = Margin;
            for (var i = 0; i < widths.Length; i++)
            {
                if (fill is not null)
                {
                    _gfx.DrawRectangle(fill, x, _y, widths[i], height);
                }

                _gfx.DrawRectangle(Rule, x, _y, widths[i], height);
                var lineTop = _y + CellPadding;
                foreach (var line in wrapped[i])
                {
                    text.Draw(_gfx, line, Ink, x + CellPadding, lineTop);
                    lineTop += text.LineHeight;
                }

                x += widths[i];
            }

            _y += height;
        }

        private void WriteFooter(DocumentFooter footer)
        {
            _y += 16;
            var lines = 3 + (footer.VerificationHint is null ? 0 : 2);
            Ensure(lines * _body.LineHeight + 8);
            _gfx.DrawLine(Rule, Margin, _y, Margin + ContentWidth, _y);
            _y += 8;
            WriteField(footer.Department);
            WriteField(footer.Date);
            WriteField(footer.VerificationCode);
            if (footer.VerificationHint is not null)
            {
                foreach (var line in _small.Wrap(_gfx, footer.VerificationHint, ContentWidth))
                {
                    Ensure(_small.LineHeight);
                    _small.Draw(_gfx, line, Muted, Margin, _y);
                    _y += _small.LineHeight;
                }
            }
        }

        private void FinishPages(DocumentField verification)
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var gfx = _pages[i];
                var line = $"{verification.Label}: {verification.Value}    {i + 1} / {_pages.Count}";
                var x = Margin + ContentWidth - _small.Width(gfx, line);
                _small.Draw(gfx, line, Muted, x, PageHeight - Margin + 4);
                gfx.Dispose();
            }
        }
    }
}
