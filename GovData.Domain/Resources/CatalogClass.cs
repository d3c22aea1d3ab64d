namespace GovData.Domain.Resources;

/// <summary>Catalog class (资源分类, 编制指南): 基础 / 主题 / 部门; the first digit of the class code.</summary>
public enum CatalogClass
{
    /// <summary>基础</summary>
    Base = 1,

    /// <summary>主题</summary>
    Theme = 2,

    /// <summary>部门</summary>
    Department = 3,
}
