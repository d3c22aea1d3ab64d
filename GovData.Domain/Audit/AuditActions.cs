namespace GovData.Domain.Audit;

public static class AuditActions
{
    public const string Insert = nameof(Insert);
    public const string Update = nameof(Update);
    public const string Delete = nameof(Delete);
    public const string SignIn = nameof(SignIn);
    public const string SignInFailed = nameof(SignInFailed);
    public const string SignOut = nameof(SignOut);
    public const string LockedOut = nameof(LockedOut);
}
