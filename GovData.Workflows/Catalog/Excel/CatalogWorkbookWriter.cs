using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GovData.Workflows.Catalog.Excel;

/// <summary>
/// Writes catalog rows as the import workbook format (目录, 信息项, hidden 选项; frozen headers, set widths, dropdowns),
/// streaming each sheet with the OpenXml SDK's OpenXmlWriter so 100,000 items never sit in a DOM. Every text that
/// could be taken for a formula is neutralised (<see cref="FormulaNeutraliser"/>).
/// </summary>
public sealed class CatalogWorkbookWriter
{
    private const uint HeaderStyle = 1;
    private const uint RequiredHeaderStyle = 2;
    private const uint DateStyle = 3;
    private const uint TextStyle = 4;
    private const int MaxRows = 1_048_576;

    // Excel stores a column width as characters plus cell padding (0.71 for the default font), like ClosedXML does.
    private const double WidthPadding = 0.710625;

    // The writer only takes the element names from these; reusing them saves an allocation per cell.
    private static readonly Cell CellElement = new();
    private static readonly Row RowElement = new();
    private static readonly CellValue CellValueElement = new();
    private static readonly InlineString InlineStringElement = new();
    private static readonly Text TextElement = new();

    /// <param name="emptyFields">Fields (row property names) whose cells stay empty, e.g. the sharing columns in the open
    /// catalog; their headers stay so the file keeps the template's format.</param>
    public void Write(Stream output, IEnumerable<ResourceRow> resources, IEnumerable<ItemRow> items, IReadOnlySet<string>? emptyFields = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = BuildStylesheet();

            var resourcePart = workbookPart.AddNewPart<WorksheetPart>();
            WriteDataSheet(resourcePart, CatalogSheets.ResourceColumns, resources, emptyFields, selected: true);
            var itemPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteDataSheet(itemPart, CatalogSheets.ItemColumns, items, emptyFields, selected: false);
            var optionsPart = workbookPart.AddNewPart<WorksheetPart>();
            WriteOptionsSheet(optionsPart);

            workbookPart.Workbook = new Workbook(new Sheets(
                new Sheet { Name = CatalogSheets.Resources, SheetId = 1, Id = workbookPart.GetIdOfPart(resourcePart) },
                new Sheet { Name = CatalogSheets.Items, SheetId = 2, Id = workbookPart.GetIdOfPart(itemPart) },
                new Sheet { Name = CatalogSheets.Options, SheetId = 3, Id = workbookPart.GetIdOfPart(optionsPart), State = SheetStateValues.Hidden }));
            workbookPart.Workbook.Save();
        }

        RelativeRelationshipTargets.Apply(output);
    }

    private static void WriteDataSheet<TRow>(WorksheetPart part, IReadOnlyList<CatalogColumn<TRow>> columns, IEnumerable<TRow> rows, IReadOnlySet<string>? emptyFields, bool selected)
    {
        var written = columns.Select(c => emptyFields is null || !emptyFields.Contains(c.Field)).ToArray();
        var letters = columns.Select((_, i) => CatalogSheets.ColumnLetter(i + 1)).ToArray();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView(selected));
        writer.WriteElement(new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c.Width + WidthPadding,
            CustomWidth = true,
            Style = IsCode(c.Kind) ? TextStyle : null,
        })));

        writer.WriteStartElement(new SheetData());
        WriteRowStart(writer, 1);
        for (var i = 0; i < columns.Count; i++)
        {
            WriteText(writer, letters[i] + "1", columns[i].Header, columns[i].Required ? RequiredHeaderStyle : HeaderStyle);
        }

        writer.WriteEndElement();

        var rowNumber = 1;
        foreach (var row in rows)
        {
            rowNumber++;
            var suffix = rowNumber.ToString(CultureInfo.InvariantCulture);
            WriteRowStart(writer, rowNumber);
            for (var i = 0; i < columns.Count; i++)
            {
                if (written[i])
                {
                    WriteValue(writer, letters[i] + suffix, columns[i], columns[i].Value(row));
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteElement(Validations(columns, letters));
        writer.WriteEndElement();
    }

    private static void WriteOptionsSheet(WorksheetPart part)
    {
        var lists = CatalogOptionLists.All;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var height = lists.Max(l => l.Values.Count) + 1;
        for (var row = 1; row <= height; row++)
        {
            WriteRowStart(writer, row);
            for (var i = 0; i < lists.Count; i++)
            {
                var text = row == 1 ? lists[i].Name : row - 2 < lists[i].Values.Count ? lists[i].Values[row - 2] : null;
                if (text is not null)
                {
                    WriteText(writer, CatalogSheets.ColumnLetter(i + 1) + row.ToString(CultureInfo.InvariantCulture), text, row == 1 ? HeaderStyle : 0);
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteValue(OpenXmlWriter writer, string reference, CatalogColumn column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                // Excel's line break is LF; a lone CR would not survive the XML writer's newline handling anyway.
                WriteText(writer, reference, FormulaNeutraliser.Neutralise(text.ReplaceLineEndings("\n")), IsCode(column.Kind) ? TextStyle : 0);
                return;
            case Enum member:
                WriteText(writer, reference, column.Options!.TextOfBoxed(member), 0);
                return;
            case bool flag:
                WriteText(writer, reference, CatalogVocabulary.TextOf(flag), 0);
                return;
            case DateOnly date:
                WriteNumber(writer, reference, date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), DateStyle);
                return;
            case IReadOnlyList<string> codes:
                if (codes.Count > 0)
                {
                    WriteText(writer, reference, string.Join("；", codes), 0);
                }

                return;
            case IFormattable number:
                WriteNumber(writer, reference, number.ToString(null, CultureInfo.InvariantCulture), 0);
                return;
            default:
                throw new InvalidOperationException($"No cell format for {value.GetType().Name} in {column.Field}.");
        }
    }

    private static void WriteRowStart(OpenXmlWriter writer, int row) =>
        writer.WriteStartElement(RowElement, [new OpenXmlAttribute("r", string.Empty, row.ToString(CultureInfo.InvariantCulture))]);

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style)
    {
        writer.WriteStartElement(CellElement, CellAttributes(reference, style, "inlineStr"));
        writer.WriteStartElement(InlineStringElement);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            writer.WriteStartElement(TextElement, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        }
        else
        {
            writer.WriteStartElement(TextElement);
        }

        writer.WriteString(text);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteNumber(OpenXmlWriter writer, string reference, string number, uint style)
    {
        writer.WriteStartElement(CellElement, CellAttributes(reference, style, null));
        writer.WriteStartElement(CellValueElement);
        writer.WriteString(number);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static List<OpenXmlAttribute> CellAttributes(string reference, uint style, string? type)
    {
        var attributes = new List<OpenXmlAttribute>(3) { new("r", string.Empty, reference) };
        if (style != 0)
        {
            attributes.Add(new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            attributes.Add(new("t", string.Empty, type));
        }

        return attributes;
    }

    private static SheetViews FrozenHeaderView(bool selected) =>
        new(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0,
            TabSelected = selected ? true : null,
        });

    private static DataValidations Validations<TRow>(IReadOnlyList<CatalogColumn<TRow>> columns, string[] letters)
    {
        var validations = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].ListValues is not { } values)
            {
                continue;
            }

            validations.Append(new DataValidation(new Formula1(CatalogOptionLists.RangeFormula(values)))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters[i]}2:{letters[i]}{MaxRows}" },
            });
        }

        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    private static bool IsCode(CatalogCellKind kind) =>
        kind is CatalogCellKind.ResourceCode or CatalogCellKind.ClassCode or CatalogCellKind.ProviderCode;

    private static Stylesheet BuildStylesheet() =>
        new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new Color { Rgb = "FFC00000" }, new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
            { Count = 5 });
}
