namespace GovData.Domain.Resources;

/// <summary>Opening class (Art. 24): 无条件开放 / 依申请开放 / 不予开放.</summary>
public enum OpenType
{
    Unconditional = 1,
    OnApplication = 2,
    NotOpen = 3,
}
