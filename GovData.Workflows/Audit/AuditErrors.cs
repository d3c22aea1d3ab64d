namespace GovData.Workflows.Audit;

/// <summary>Resource keys of the audit use cases' errors (translated in the web app's AuditResource).</summary>
public static class AuditErrors
{
    public const string SystemAdminOnly = "Audit.Error.SystemAdminOnly";
}
