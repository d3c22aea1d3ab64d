namespace GovData.Domain.Departments;

/// <summary>Resource keys (AdminResource) of the department rules; arguments in the order the texts use them.</summary>
public static class DepartmentErrors
{
    public const string AlreadyInactive = "Error.DepartmentInactive";
    public const string MoveUnderItself = "Error.MoveUnderItself";
    public const string MoveUnderOwnChild = "Error.MoveUnderOwnChild";
}
