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

    /// <summary>When the SystemAdmin deactivated it; a department is never deleted once anything refers to it.</summary>
    public DateTime? DeactivatedAt { get; private set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>Art. 31: the user responsible for data security in this department.</summary>
    public string? SecurityOfficerUserId { get; private set; }

    /// <summary>Art. 31: the China date of the last security assessment.</summary>
    public DateOnly? LastSecurityAssessmentOn { get; private set; }

    /// <summary>Art. 31: the China date of the last emergency drill.</summary>
    public DateOnly? LastDrillOn { get; private set; }

    /// <summary>
    /// Art. 31: the security assessment or the emergency drill is missing or at least <paramref name="maxAgeMonths"/>
    /// old on <paramref name="today"/> (the list's 逾期 mark and the yearly reminder's condition).
    /// </summary>
    public static bool SecurityReviewDue(DateOnly? lastAssessment, DateOnly? lastDrill, DateOnly today, int maxAgeMonths)
    {
        var limit = today.AddMonths(-maxAgeMonths);
        return lastAssessment is not { } assessed || assessed <= limit || lastDrill is not { } drilled || drilled <= limit;
    }

    public void Deactivate(DateTime nowUtc)
    {
        if (!IsActive)
        {
            throw new DomainRuleException(DepartmentErrors.AlreadyInactive, Code);
        }

        DeactivatedAt = nowUtc;
    }

    public void Reactivate()
    {
        DeactivatedAt = null;
    }

    public void RecordSecurity(string? securityOfficerUserId, DateOnly? lastAssessment, DateOnly? lastDrill)
    {
        SecurityOfficerUserId = string.IsNullOrWhiteSpace(securityOfficerUserId) ? null : securityOfficerUserId;
        LastSecurityAssessmentOn = lastAssessment;
        LastDrillOn = lastDrill;
    }

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
