using GovData.Domain.Identity;

namespace GovData.Workflows.Administration;

/// <summary>Who administers departments and people: the SystemAdmin only (checked in every use case, not only the UI).</summary>
public static class AdminAccess
{
    public static bool CanAdminister(UserContext user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated && user.IsInRole(Roles.SystemAdmin);
    }
}
