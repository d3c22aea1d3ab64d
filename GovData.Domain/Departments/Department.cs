namespace GovData.Domain.Departments;

/// <summary>政务部门: provides and requests data. A user of staff belongs to exactly one.</summary>
public sealed class Department
{
    private Department()
    {
    }

    public Department(string code, string name, DepartmentLevel level, DepartmentKind kind, int? parentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code.Trim();
        Name = name.Trim();
        Level = level;
        Kind = kind;
        ParentId = parentId;
    }

    public int Id { get; private set; }

    /// <summary>Short code used in resource codes and integrations, unique city-wide.</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public DepartmentLevel Level { get; private set; }

    public DepartmentKind Kind { get; private set; }

    public int? ParentId { get; private set; }

    public bool IsDataBureau => Kind == DepartmentKind.DataBureau;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public void MoveUnder(int? parentId)
    {
        if (parentId == Id && Id != 0)
        {
            throw new InvalidOperationException("A department cannot be its own parent.");
        }

        ParentId = parentId;
    }
}
