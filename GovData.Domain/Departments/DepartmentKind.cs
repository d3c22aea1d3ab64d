namespace GovData.Domain.Departments;

/// <summary>What kind of body a department is (Art. 3, 5, 37).</summary>
public enum DepartmentKind
{
    /// <summary>政务部门: a government body or an authorised public institution.</summary>
    Government = 1,

    /// <summary>大数据主管部门: the municipal or a district big-data authority.</summary>
    DataBureau = 2,

    /// <summary>公共服务企业 (Art. 37).</summary>
    PublicServiceEnterprise = 3,
}
