using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// The empty import workbook a department downloads: 目录 and 信息项 with the headers of fields.md (required ones
/// bold red with a note), a dropdown on every enumerated column fed by the hidden 选项 sheet, frozen header rows,
/// set widths, and a 填写说明 sheet. The bytes are the same on every call (fixed package dates).
/// </summary>
public sealed partial class CatalogWorkbookTemplate
{
    private const string RequiredNote = "必填";

    // ClosedXML stamps "now" on the document properties and the zip entries; a fixed date keeps the file stable.
    private static readonly DateTime FixedDate = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public byte[] Create()
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = FixedDate;
        workbook.Properties.Modified = FixedDate;
        workbook.Properties.Author = "GovData";

        AddDataSheet(workbook, CatalogSheets.Resources, CatalogSheets.ResourceColumns);
        AddDataSheet(workbook, CatalogSheets.Items, CatalogSheets.ItemColumns);
        AddInstructions(workbook);
        AddOptions(workbook);
        workbook.Worksheet(CatalogSheets.Resources).SetTabActive();

        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return Normalise(saved);
    }

    private static void AddDataSheet(XLWorkbook workbook, string name, IEnumerable<CatalogColumn> columns)
    {
        var sheet = workbook.Worksheets.Add(name);
        var index = 0;
        foreach (var column in columns)
        {
            index++;
            var cell = sheet.Cell(1, index);
            cell.SetValue(column.Header);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#F2F2F2");
            if (column.Required)
            {
                cell.Style.Font.FontColor = XLColor.FromHtml("#C00000");
                cell.Comment.AddText(RequiredNote + "：" + column.Note);
            }

            var xlColumn = sheet.Column(index);
            xlColumn.Width = column.Width;
            if (column.Kind is CatalogCellKind.ResourceCode or CatalogCellKind.ClassCode or CatalogCellKind.ProviderCode)
            {
                // Text format keeps codes such as 2.01.003 from being turned into numbers or dates while typing.
                xlColumn.Style.NumberFormat.Format = "@";
            }
            else if (column.Kind == CatalogCellKind.Date)
            {
                xlColumn.Style.NumberFormat.Format = "yyyy-mm-dd";
            }

            if (column.ListValues is { } values)
            {
                var validation = sheet.Range(2, index, XLHelper.MaxRowNumber, index).SetDataValidation();
                validation.List(CatalogOptionLists.RangeFormula(values), true);
                validation.IgnoreBlanks = true;
                validation.ShowErrorMessage = true;
                validation.ErrorTitle = column.Header;
                validation.ErrorMessage = "请从下拉列表中选择";
            }
        }

        sheet.SheetView.FreezeRows(1);
    }

    private static void AddOptions(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(CatalogSheets.Options);
        var lists = CatalogOptionLists.All;
        for (var i = 0; i < lists.Count; i++)
        {
            sheet.Cell(1, i + 1).SetValue(lists[i].Name);
            sheet.Cell(1, i + 1).Style.Font.Bold = true;
            for (var j = 0; j < lists[i].Values.Count; j++)
            {
                sheet.Cell(j + 2, i + 1).SetValue(lists[i].Values[j]);
            }

            sheet.Column(i + 1).Width = 18;
        }

        sheet.Hide();
    }

    private static void AddInstructions(XLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.Add(CatalogSheets.Instructions);
        string[] headers = ["工作表", "列", "必填", "填写要求", "可选值"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(headers[i]);
            sheet.Cell(1, i + 1).Style.Font.Bold = true;
        }

        var row = 1;
        void AddColumns(string sheetName, IEnumerable<CatalogColumn> columns)
        {
            foreach (var column in columns)
            {
                row++;
                sheet.Cell(row, 1).SetValue(sheetName);
                sheet.Cell(row, 2).SetValue(column.Header);
                sheet.Cell(row, 3).SetValue(column.Required ? CatalogVocabulary.Yes : CatalogVocabulary.No);
                var note = column.MaxLength is { } max ? $"{column.Note}（不超过 {max} 字）" : column.Note;
                sheet.Cell(row, 4).SetValue(note);
                sheet.Cell(row, 5).SetValue(column.ListValues is { } values ? string.Join("、", values) : string.Empty);
            }
        }

        AddColumns(CatalogSheets.Resources, CatalogSheets.ResourceColumns);
        AddColumns(CatalogSheets.Items, CatalogSheets.ItemColumns);

        row += 2;
        sheet.Cell(row, 1).SetValue("规则");
        sheet.Cell(row, 1).Style.Font.Bold = true;
        foreach (var rule in CatalogSheets.Rules)
        {
            row++;
            sheet.Cell(row, 1).SetValue(rule);
        }

        sheet.Column(1).Width = 10;
        sheet.Column(2).Width = 18;
        sheet.Column(3).Width = 6;
        sheet.Column(4).Width = 70;
        sheet.Column(5).Width = 60;
        sheet.Column(4).Style.Alignment.WrapText = true;
        sheet.Column(5).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
    }

    /// <summary>
    /// Re-packs the zip so the same template is the same bytes: a fixed entry date, and the random names the
    /// packaging layer gives (relationship ids R + 16 hex digits, the core-properties part name) replaced by
    /// numbered ones in order of appearance. Every part of this workbook is XML text.
    /// </summary>
    private static byte[] Normalise(MemoryStream saved)
    {
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        var parts = source.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            return (Name: e.FullName, Text: reader.ReadToEnd());
        }).ToList();

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(Match match)
        {
            if (!names.TryGetValue(match.Value, out var name))
            {
                name = match.Value.EndsWith(".psmdcp", StringComparison.Ordinal) ? $"core{names.Count}.psmdcp" : $"rIdFixed{names.Count}";
                names[match.Value] = name;
            }

            return name;
        }

        using var target = new MemoryStream();
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                var copy = zip.CreateEntry(RandomNames().Replace(name, Rename), CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(FixedDate);
                using var to = copy.Open();
                to.Write(Encoding.UTF8.GetBytes(RandomNames().Replace(text, Rename)));
            }
        }

        return target.ToArray();
    }

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b|\b[0-9a-f]{32}\.psmdcp\b", RegexOptions.CultureInvariant)]
    private static partial Regex RandomNames();
}
