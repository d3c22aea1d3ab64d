namespace GovData.Domain.Oversight;

/// <summary>A criticism is drafted by the system, published by the bureau, and may be withdrawn with a reason.</summary>
public enum CriticismStatus
{
    Draft = 1,
    Published = 2,
    Withdrawn = 3,
}
