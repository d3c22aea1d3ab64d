using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace GovData.Benchmarks.Portal;

/// <summary>
/// The portal benchmark's city: <see cref="PortalBenchmarks.Entries"/> published entries over the departments
/// (bulk-inserted), one more 无条件开放 entry with ten data items of every type for the dataset, and its upload file.
/// </summary>
internal static class PortalSeed
{
    public const int DatasetColumns = 10;

    private static readonly string[] Subjects = ["人口", "企业", "法人", "车辆", "道路", "医疗", "社保", "就业", "不动产", "食品", "药品", "环境", "气象", "学校", "公交"];
    private static readonly string[] Kinds = ["基本信息", "登记信息", "统计", "许可信息", "处罚信息", "监测数据", "名录", "档案"];

    // Name, English name, DataItemType (1 text, 2 number, 3 date, 4 date-time, 5 boolean).
    private static readonly (string Name, string English, int Type)[] Items =
    [
        ("统一社会信用代码", "credit_code", 1), ("企业名称", "name", 1), ("注册资本", "capital", 2), ("成立日期", "founded", 3),
        ("登记机关", "authority", 1), ("从业人数", "employees", 2), ("是否存续", "active", 5), ("更新时间", "updated", 4),
        ("地址", "address", 1), ("经营范围", "scope", 1),
    ];

    public static void Entries(string connectionString, IReadOnlyList<BenchmarkDepartment> departments, int count)
    {
        var random = new Random(20261203);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO DataResources (Code, Name, CatalogClass, ClassCode, Theme, ProviderDepartmentId, Summary, Format, ShareType,
                ShareCondition, ShareMethod, OpenType, OpenCondition, LegalBasis, UpdateCycle, LastDataUpdate, ReleaseDate, Status,
                CurrentVersion, RelatedCodes)
            VALUES ($code, $name, 3, $class, NULL, $department, $summary, 1, 1, NULL, 1, $open, $openCondition,
                $basis, $cycle, $lastUpdate, '2024-01-01', 2, 1, '')
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$code", "$name", "$class", "$department", "$summary", "$open", "$openCondition", "$basis", "$cycle", "$lastUpdate" })
        {
            p[name] = command.Parameters.Add(name, SqliteType.Text);
        }

        var today = new DateOnly(2026, 12, 3);
        for (var i = 0; i < count; i++)
        {
            var department = departments[i % departments.Count];
            var sequence = (i / departments.Count) + 1;
            var subject = Subjects[random.Next(Subjects.Length)];
            var open = random.Next(10) switch { < 4 => 1, < 8 => 2, _ => 3 };
            p["$code"].Value = Code(i, department.Code, sequence);
            p["$name"].Value = $"{subject}{Kinds[random.Next(Kinds.Length)]}{sequence}";
            p["$class"].Value = string.Create(CultureInfo.InvariantCulture, $"3.{(i % 99) + 1:00}.{(sequence % 999) + 1:000}");
            p["$department"].Value = department.Id;
            p["$summary"].Value = $"{department.Code}提供的{subject}相关数据资源，按周期更新。";
            p["$open"].Value = open;
            p["$openCondition"].Value = open == 2 ? "依申请提供" : DBNull.Value;
            p["$basis"].Value = open == 1 ? DBNull.Value : "《测试条例》第一条";
            p["$cycle"].Value = random.Next(1, 9);
            p["$lastUpdate"].Value = today.AddDays(-random.Next(0, 800)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <returns>The id of a published 无条件开放 entry of <paramref name="department"/> with <see cref="Items"/>, all open.</returns>
    public static int DatasetEntry(string connectionString, BenchmarkDepartment department)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO DataResources (Code, Name, CatalogClass, ClassCode, Theme, ProviderDepartmentId, Summary, Format, ShareType,
                ShareCondition, ShareMethod, OpenType, OpenCondition, LegalBasis, UpdateCycle, LastDataUpdate, ReleaseDate, Status,
                CurrentVersion, RelatedCodes)
            VALUES ($code, '企业登记信息（基准）', 3, '3.01.001', NULL, $department, '百万行数据集', 1, 1, NULL, 1, 1, NULL,
                NULL, 3, '2026-01-01', '2024-01-01', 2, 1, '')
            RETURNING Id
            """;
        command.Parameters.AddWithValue("$code", $"3.01.001/{department.Code}-9999");
        command.Parameters.AddWithValue("$department", department.Id);
        var id = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.Parameters.Clear();
        command.CommandText = """
            INSERT INTO DataItems (DataResourceId, Position, Name, EnglishName, DataType, Length, ShareType, OpenType, IsBaseItem, IsRetired)
            VALUES ($resource, $position, $name, $english, $type, NULL, 1, 1, 0, 0)
            """;
        var resource = command.Parameters.AddWithValue("$resource", id);
        var position = command.Parameters.Add("$position", SqliteType.Integer);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var english = command.Parameters.Add("$english", SqliteType.Text);
        var type = command.Parameters.Add("$type", SqliteType.Integer);
        for (var i = 0; i < Items.Length; i++)
        {
            position.Value = i + 1;
            name.Value = Items[i].Name;
            english.Value = Items[i].English;
            type.Value = Items[i].Type;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return id;
    }

    /// <summary>A UTF-8 CSV upload of <paramref name="rows"/> rows matching the dataset entry's items (~150 bytes a row).</summary>
    public static void WriteCsv(string path, int rows)
    {
        var random = new Random(1203);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(',', Items.Select(i => i.Name)));
        writer.Write("\r\n");
        var line = new StringBuilder(256);
        var start = new DateOnly(1990, 1, 1);
        for (var r = 0; r < rows; r++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"91330100{r:D10},");
            line.Append(Subjects[r % Subjects.Length]).Append(CultureInfo.InvariantCulture, $"有限公司{r},");
            line.Append(CultureInfo.InvariantCulture, $"{random.Next(1, 100_000)}.{random.Next(0, 100):00},");
            line.Append(start.AddDays(random.Next(0, 12_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',');
            line.Append("市场监督管理局,");
            line.Append(random.Next(1, 5000).ToString(CultureInfo.InvariantCulture)).Append(',');
            line.Append(random.Next(10) < 8 ? "true" : "false").Append(',');
            line.Append(CultureInfo.InvariantCulture, $"2026-11-{random.Next(1, 29):00}T{random.Next(0, 24):00}:{random.Next(0, 60):00}:00,");
            line.Append(CultureInfo.InvariantCulture, $"\"杭州市西湖区文三路{r % 999}号, {r % 30}楼\",");
            line.Append(r % 1000 == 0 ? "=SUM(A1:A2)" : "软件开发；技术服务");
            line.Append("\r\n");
            writer.Write(line);
        }
    }

    private static string Code(int i, string department, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"3.{(i % 99) + 1:00}.{(sequence % 999) + 1:000}/{department}-{sequence:0000}");
}
