namespace GovData.Domain.Resources;

/// <summary>Sharing class (Art. 18): 无条件共享 / 有条件共享 / 不予共享.</summary>
public enum ShareType
{
    Unconditional = 1,
    Conditional = 2,
    NotShared = 3,
}
