namespace GovData.Domain.Resources;

/// <summary>数据项: one field of a data resource (minimal; the catalog issue extends it).</summary>
public sealed class DataItem
{
    private DataItem()
    {
    }

    public DataItem(int dataResourceId, string name, string englishName, string dataType, int? length, string? description = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataType);
        DataResourceId = dataResourceId;
        Name = name.Trim();
        EnglishName = englishName.Trim();
        DataType = dataType.Trim();
        Length = length;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public int Id { get; private set; }

    public int DataResourceId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string EnglishName { get; private set; } = string.Empty;

    /// <summary>E.g. 字符型 / 日期型 / 数值型 (as the catalog standard names them).</summary>
    public string DataType { get; private set; } = string.Empty;

    public int? Length { get; private set; }

    public string? Description { get; private set; }
}
