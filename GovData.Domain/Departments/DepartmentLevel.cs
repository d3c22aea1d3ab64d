namespace GovData.Domain.Departments;

/// <summary>Level of a department (Art. 4, 5): 市级 or 区、县（市）级.</summary>
public enum DepartmentLevel
{
    Municipal = 1,
    District = 2,
}
