namespace GovData.Domain.Resources;

/// <summary>Data type of a data item (数据类型).</summary>
public enum DataItemType
{
    /// <summary>字符型</summary>
    String = 1,

    /// <summary>数值型</summary>
    Number = 2,

    /// <summary>日期型</summary>
    Date = 3,

    /// <summary>日期时间型</summary>
    DateTime = 4,

    /// <summary>布尔型</summary>
    Boolean = 5,

    /// <summary>二进制</summary>
    Binary = 6,
}
