using GovData.Domain;
using GovData.Domain.Identity;

namespace GovData.Workflows.Calendar;

/// <summary>Only a system administrator maintains the calendar (every deadline of the platform depends on it).</summary>
internal static class CalendarAccess
{
    public const string SystemAdminOnly = "Calendar.Error.SystemAdminOnly";

    public static void EnsureSystemAdmin(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsAuthenticated || !user.IsInRole(Roles.SystemAdmin))
        {
            throw new DomainRuleException(SystemAdminOnly);
        }
    }
}
