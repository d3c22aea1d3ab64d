namespace GovData.Domain.Resources;

/// <summary>Theme data resources (主题, Art. 19).</summary>
public enum Theme
{
    /// <summary>健康保障</summary>
    Health = 1,

    /// <summary>社会保障</summary>
    SocialSecurity = 2,

    /// <summary>食品药品安全</summary>
    FoodDrugSafety = 3,

    /// <summary>应急管理</summary>
    EmergencyManagement = 4,

    /// <summary>价格监管</summary>
    PriceSupervision = 5,

    /// <summary>信用体系</summary>
    Credit = 6,

    /// <summary>城乡建设</summary>
    UrbanRural = 7,

    /// <summary>社区治理</summary>
    Community = 8,

    /// <summary>生态环保</summary>
    Ecology = 9,

    /// <summary>社会维稳</summary>
    Stability = 10,

    /// <summary>营商环境</summary>
    BusinessEnvironment = 11,
}
