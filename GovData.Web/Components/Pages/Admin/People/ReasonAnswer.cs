namespace GovData.Web.Components.Pages.Admin.People;

/// <summary>What <see cref="ReasonDialog"/> returns: the audited reason and, when asked, a new name.</summary>
public sealed record ReasonAnswer(string Reason, string? Name);
