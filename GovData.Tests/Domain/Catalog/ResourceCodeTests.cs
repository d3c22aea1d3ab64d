using GovData.Domain;
using GovData.Domain.Resources;

namespace GovData.Tests.Domain.Catalog;

public sealed class ResourceCodeTests
{
    [Theory]
    [InlineData("2.01.003/WJ-0003", "2.01.003", "WJ", "0003")]
    [InlineData("1.02.001.004/SCJG-123456", "1.02.001.004", "SCJG", "123456")]
    [InlineData(" 3.04.001/JT-0001 ", "3.04.001", "JT", "0001")]
    public void TryParse_AcceptsGoodCodes(string text, string classCode, string provider, string sequence)
    {
        Assert.True(ResourceCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(classCode, code.ClassCode.Value);
        Assert.Equal(provider, code.ProviderCode);
        Assert.Equal(sequence, code.Sequence);
        Assert.Equal(text.Trim(), code.Value);
    }

    [Theory]
    [InlineData("", CatalogErrors.CodeRequired)]
    [InlineData("WJ-0003", CatalogErrors.CodeFormat)]
    [InlineData("2.01.003/WJ0003", CatalogErrors.CodeFormat)]
    [InlineData("2.01.003/W/J-0003", CatalogErrors.CodeFormat)]
    [InlineData("4.01.003/WJ-0003", CatalogErrors.CodeClassPart)]
    [InlineData("2.1.003/WJ-0003", CatalogErrors.CodeClassPart)]
    [InlineData("2.01.003/wj-0003", CatalogErrors.CodeProviderPart)]
    [InlineData("2.01.003/-0003", CatalogErrors.CodeProviderPart)]
    [InlineData("2.01.003/WJ-003", CatalogErrors.CodeSequencePart)]
    [InlineData("2.01.003/WJ-0000003", CatalogErrors.CodeSequencePart)]
    [InlineData("2.01.003/WJ-00a3", CatalogErrors.CodeSequencePart)]
    public void TryParse_NamesTheBadPart(string text, string expectedKey)
    {
        Assert.False(ResourceCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(expectedKey, error);
    }

    [Fact]
    public void Parse_Throws_WithTheKeyOfTheBadPart()
    {
        var error = Assert.Throws<DomainRuleException>(() => ResourceCode.Parse("2.01.003/WJ-1"));
        Assert.Equal(CatalogErrors.CodeSequencePart, error.Code);
    }

    [Fact]
    public void Codes_WithTheSameText_AreEqual()
    {
        Assert.Equal(ResourceCode.Parse("2.01.003/WJ-0003"), ResourceCode.Parse("2.01.003/WJ-0003"));
        Assert.Equal("2.01.003/WJ-0003", ResourceCode.Parse("2.01.003/WJ-0003").ToString());
    }
}

public sealed class ClassCodeTests
{
    [Theory]
    [InlineData("1.02.001", CatalogClass.Base)]
    [InlineData("2.01.003", CatalogClass.Theme)]
    [InlineData("3.04.001.002", CatalogClass.Department)]
    public void TryParse_ReadsTheClassFromTheFirstDigit(string text, CatalogClass expected)
    {
        Assert.True(ClassCode.TryParse(text, out var code, out _));
        Assert.Equal(expected, code.CatalogClass);
    }

    [Theory]
    [InlineData(null, CatalogErrors.ClassCodeRequired)]
    [InlineData("2.01", CatalogErrors.ClassCodeFormat)]
    [InlineData("2.01.003.004.005", CatalogErrors.ClassCodeFormat)]
    [InlineData("0.01.003", CatalogErrors.ClassCodeCategory)]
    [InlineData("12.01.003", CatalogErrors.ClassCodeCategory)]
    [InlineData("2.1.003", CatalogErrors.ClassCodeItem)]
    [InlineData("2.01.03", CatalogErrors.ClassCodeGroup)]
    [InlineData("2.01.003.04", CatalogErrors.ClassCodeDetail)]
    public void TryParse_NamesTheBadPart(string? text, string expectedKey)
    {
        Assert.False(ClassCode.TryParse(text, out _, out var error));
        Assert.Equal(expectedKey, error);
    }
}
