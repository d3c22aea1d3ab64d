using System.IO.Compression;
using System.IO.Packaging;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using GovData.Domain.Identity;

namespace GovData.Workflows.Administration;

/// <summary>One data row of the people workbook, as typed (row number as Excel shows it).</summary>
public sealed record UserImportRow(int Row, string Email, string DisplayName, string DepartmentCode, string Roles, string Password, string ExternalId = "");

/// <summary>A problem at a row and column (0 and empty for the file itself); Key is an AdminResource key.</summary>
public sealed record UserImportError(int Row, string Column, string Key, IReadOnlyList<object> Arguments);

/// <summary>
/// The Excel form of a list of people: one sheet, header 邮箱 | 姓名 | 部门代码 | 角色 | 初始密码, one row per person.
/// Roles are separated by commas or 、 and written as on the page (审核人) or as the role name (Approver). The reader
/// bounds what an upload may inflate before ClosedXML opens it (declared sizes in the zip's central directory).
/// </summary>
public static class UserImportWorkbook
{
    public const string Email = "邮箱";
    public const string Name = "姓名";
    public const string Department = "部门代码";
    public const string RolesColumn = "角色";
    public const string Password = "初始密码";

    /// <summary>Optional column: the staff id the city's identity provider carries (single sign-on, decision 0026).</summary>
    public const string ExternalId = "统一身份标识";
    public const long MaxFileBytes = 1024 * 1024;
    public const long MaxUncompressedBytes = 20L * 1024 * 1024;
    public const int MaxRows = 2_000;

    private static readonly string[] Columns = [Email, Name, Department, RolesColumn, Password];

    /// <summary>The labels the page shows, so a sheet can say 审核人 rather than Approver.</summary>
    private static readonly Dictionary<string, string> ChineseRoles = new(StringComparer.Ordinal)
    {
        ["系统管理员"] = Roles.SystemAdmin,
        ["大数据主管部门"] = Roles.BureauOfficer,
        ["部门负责人"] = Roles.DepartmentLead,
        ["目录管理员"] = Roles.CatalogManager,
        ["审核人"] = Roles.Approver,
        ["经办人"] = Roles.Requester,
        ["安全负责人"] = Roles.SecurityOfficer,
    };

    public static byte[] Template(string? departmentCode)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("人员");
        string[] header = [.. Columns, ExternalId];
        for (var i = 0; i < header.Length; i++)
        {
            sheet.Cell(1, i + 1).SetValue(header[i]);
            sheet.Column(i + 1).Width = i == 0 ? 30 : 18;
            // Codes and passwords stay text ("00123" must not become a number).
            sheet.Column(i + 1).Style.NumberFormat.Format = "@";
        }

        var headerRange = sheet.Range(1, 1, 1, header.Length);
        headerRange.Style.Font.Bold = true;
        headerRange.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
        sheet.Cell(2, 1).SetValue("zhang.san@example.gov.cn");
        sheet.Cell(2, 2).SetValue("张三");
        sheet.Cell(2, 3).SetValue(departmentCode ?? "GA");
        sheet.Cell(2, 4).SetValue("审核人、经办人");
        sheet.Cell(2, 5).SetValue("Change#Me2026");
        sheet.Cell(2, 6).SetValue("330100-0001");
        sheet.SheetView.FreezeRows(1);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Staff role names from a cell; unknown words are returned as they were written.</summary>
    public static (List<string> Known, List<string> Unknown) ParseRoles(string cell)
    {
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var word in (cell ?? string.Empty).Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var role = ChineseRoles.GetValueOrDefault(word) ?? Roles.Staff.FirstOrDefault(r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));
            (role is null ? unknown : known).Add(role ?? word);
        }

        return (known.Distinct(StringComparer.Ordinal).ToList(), unknown);
    }

    public static (List<UserImportRow> Rows, List<UserImportError> Errors) Read(Stream xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var buffer = new MemoryStream();
        xlsx.CopyTo(buffer);
        if (buffer.Length > MaxFileBytes)
        {
            return ([], [FileError("Import.TooLarge", MaxFileBytes / 1024)]);
        }

        if (!WithinInflationLimit(buffer))
        {
            return ([], [FileError("Import.NotXlsx")]);
        }

        buffer.Position = 0;
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException or OpenXmlPackageException or ArgumentException or InvalidOperationException or IOException)
        {
            return ([], [FileError("Import.NotXlsx")]);
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            return sheet is null ? ([], [FileError("Import.NotXlsx")]) : ReadSheet(sheet);
        }
    }

    private static (List<UserImportRow> Rows, List<UserImportError> Errors) ReadSheet(IXLWorksheet sheet)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            positions.TryAdd(cell.GetString().Trim(), cell.Address.ColumnNumber);
        }

        var missing = Columns.Where(c => !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return ([], [FileError("Import.MissingColumns", string.Join("、", missing))]);
        }

        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (last - 1 > MaxRows)
        {
            return ([], [FileError("Import.TooManyRows", MaxRows)]);
        }

        var rows = new List<UserImportRow>();
        for (var r = 2; r <= last; r++)
        {
            string Text(string column) => sheet.Cell(r, positions[column]).GetFormattedString().Trim();
            var values = Columns.Select(Text).ToList();
            if (values.All(string.IsNullOrEmpty))
            {
                continue;
            }

            var externalId = positions.TryGetValue(ExternalId, out var column) ? sheet.Cell(r, column).GetFormattedString().Trim() : string.Empty;
            rows.Add(new UserImportRow(r, values[0], values[1], values[2], values[3], values[4], externalId));
        }

        return rows.Count == 0 ? ([], [FileError("Import.Empty")]) : (rows, []);
    }

    private static bool WithinInflationLimit(MemoryStream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes || zip.Entries.Count > 200)
                {
                    return false;
                }
            }

            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static UserImportError FileError(string key, params object[] arguments) => new(0, string.Empty, key, arguments);
}
