namespace GovData.Web.Components.Pages.Admin.People;

/// <summary>What <see cref="UserRolesDialog"/> returns: the chosen roles and the audited reason.</summary>
public sealed record RolesAnswer(IReadOnlyCollection<string> Roles, string Reason);
