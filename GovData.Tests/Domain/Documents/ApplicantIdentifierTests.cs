using GovData.Domain.OpenData.Applications;

namespace GovData.Tests.Domain.Documents;

/// <summary>The checksums of the identifiers an applicant gives (GB 11643 ID card number, GB 32100 credit code).</summary>
public sealed class ApplicantIdentifierTests
{
    [Theory]
    [InlineData("11010519491231002X", "11010519491231002X")]
    [InlineData("11010519491231002x", "11010519491231002X")]
    [InlineData("110105194912310021", null)]
    [InlineData("11010519491331002X", null)]
    [InlineData("1101051949123100", null)]
    [InlineData("", null)]
    public void ResidentIdNumber_ChecksTheLastCharacterAndTheBirthDate(string typed, string? expected)
    {
        Assert.Equal(expected, ResidentIdNumber.Normalize(typed));
    }

    [Fact]
    public void UnifiedSocialCreditCode_AcceptsItsCheckCharacter_AndRefusesAnyOther()
    {
        const string First17 = "91330100MA27XYW12";
        var valid = First17 + UnifiedSocialCreditCode.CheckCharacterOf(First17);

        Assert.Equal(valid, UnifiedSocialCreditCode.Normalize(valid.ToLowerInvariant()));
        foreach (var wrong in "0123456789ABCDEFGHJKLMNPQRTUWXY".Where(c => c != valid[^1]))
        {
            Assert.Null(UnifiedSocialCreditCode.Normalize(First17 + wrong));
        }

        Assert.Null(UnifiedSocialCreditCode.Normalize("91330100MA27XYW12I"));
    }

    [Fact]
    public void UnifiedSocialCreditCode_OfARealCompany_IsValid()
    {
        // 阿里巴巴（中国）有限公司's published code.
        Assert.NotNull(UnifiedSocialCreditCode.Normalize("91330100799655058B"));
    }

    [Fact]
    public void ApplicantDetails_ALegalPersonNeedsACode_AnOtherOrganisationMayOmitIt()
    {
        var legal = new ApplicantDetails(ApplicantType.LegalPerson, "某公司", null, "王经理", "0571-88888888", "a@b.cn");
        var other = legal with { Type = ApplicantType.OtherOrganisation };

        Assert.Equal([OpenDataApplicationErrors.CreditCodeInvalid], legal.Violations().Select(v => v.Key));
        Assert.Empty(other.Violations());
    }
}
