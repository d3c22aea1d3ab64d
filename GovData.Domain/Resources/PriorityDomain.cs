namespace GovData.Domain.Resources;

/// <summary>Priority opening domains (优先开放领域, Art. 28).</summary>
public enum PriorityDomain
{
    /// <summary>信用</summary>
    Credit = 1,

    /// <summary>交通</summary>
    Transport = 2,

    /// <summary>医疗</summary>
    Medical = 3,

    /// <summary>就业</summary>
    Employment = 4,

    /// <summary>社保</summary>
    SocialSecurity = 5,

    /// <summary>教育</summary>
    Education = 6,

    /// <summary>环境</summary>
    Environment = 7,

    /// <summary>气象</summary>
    Weather = 8,

    /// <summary>企业登记监管</summary>
    EnterpriseRegulation = 9,
}
