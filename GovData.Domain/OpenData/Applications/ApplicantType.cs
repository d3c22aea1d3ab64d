namespace GovData.Domain.OpenData.Applications;

/// <summary>Who applies (Art. 26: 公民、法人和其他组织); each names itself with a different identifier.</summary>
public enum ApplicantType
{
    /// <summary>公民: name and resident identity card number.</summary>
    Citizen = 1,

    /// <summary>法人: organisation name and unified social credit code.</summary>
    LegalPerson = 2,

    /// <summary>其他组织: organisation name and, when it has one, its unified social credit code.</summary>
    OtherOrganisation = 3,
}
