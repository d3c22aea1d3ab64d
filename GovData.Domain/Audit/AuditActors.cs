namespace GovData.Domain.Audit;

/// <summary>Names written as the acting user when no person is acting.</summary>
public static class AuditActors
{
    /// <summary>Seeding, background jobs, Identity's own bookkeeping: no user context was given.</summary>
    public const string System = "system";

    /// <summary>A request by someone not signed in (e.g. a public registration).</summary>
    public const string Anonymous = "anonymous";
}
