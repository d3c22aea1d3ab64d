namespace GovData.Domain.Resources;

/// <summary>Resource format (资源格式).</summary>
public enum ResourceFormat
{
    /// <summary>数据库</summary>
    Database = 1,

    /// <summary>文件</summary>
    File = 2,

    /// <summary>电子表格</summary>
    Spreadsheet = 3,

    /// <summary>图像</summary>
    Image = 4,

    /// <summary>流媒体</summary>
    Stream = 5,

    /// <summary>其他</summary>
    Other = 6,
}
