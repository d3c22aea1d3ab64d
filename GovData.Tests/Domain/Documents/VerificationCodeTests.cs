using GovData.Domain.Documents;

namespace GovData.Tests.Domain.Documents;

public sealed class VerificationCodeTests
{
    [Fact]
    public void New_IsGroupedUrlSafe_AndDifferentEachTime()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}$", c));
        Assert.All(codes, c => Assert.Equal(c, Uri.EscapeDataString(c)));
    }

    [Theory]
    [InlineData("abcde fghjk mnpqr stuvw", "ABCDE-FGHJK-MNPQR-STUVW")]
    [InlineData("ABCDEFGHJKMNPQRSTUVW", "ABCDE-FGHJK-MNPQR-STUVW")]
    [InlineData("ABCDE-FGHJK-MNPQR-STUVO", null)]
    [InlineData("ABCDE-FGHJK-MNPQR-STUV", null)]
    [InlineData("", null)]
    public void Normalize_ReadsATypedCode_OrRefusesIt(string typed, string? expected)
    {
        Assert.Equal(expected, VerificationCode.Normalize(typed));
    }
}
