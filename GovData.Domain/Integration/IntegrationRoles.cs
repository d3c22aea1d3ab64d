namespace GovData.Domain.Integration;

/// <summary>
/// The role of a principal authenticated with a department API key: a department's own system, not a person. It is
/// not one of <see cref="Identity.Roles.All"/>, so no page authorised for a human role admits it.
/// </summary>
public static class IntegrationRoles
{
    public const string DepartmentSystem = nameof(DepartmentSystem);

    /// <summary>The user id prefix of a key acting in a use case (audit rows name the key, e.g. <c>apikey:7</c>).</summary>
    public const string UserIdPrefix = "apikey:";
}
