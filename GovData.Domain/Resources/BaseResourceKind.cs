namespace GovData.Domain.Resources;

/// <summary>Base data resources (基础数据资源, Art. 19): their base items are always shared unconditionally.</summary>
public enum BaseResourceKind
{
    /// <summary>人口</summary>
    Population = 1,

    /// <summary>法人单位</summary>
    LegalEntity = 2,

    /// <summary>自然资源和空间地理</summary>
    NaturalResourcesGeospatial = 3,

    /// <summary>电子证照</summary>
    ElectronicLicence = 4,
}
