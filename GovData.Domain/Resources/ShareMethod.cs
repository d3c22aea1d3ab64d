namespace GovData.Domain.Resources;

/// <summary>How a shared resource is delivered (共享方式).</summary>
public enum ShareMethod
{
    /// <summary>接口</summary>
    Interface = 1,

    /// <summary>库表</summary>
    Table = 2,

    /// <summary>文件</summary>
    File = 3,
}
