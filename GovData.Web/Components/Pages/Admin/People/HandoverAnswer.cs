namespace GovData.Web.Components.Pages.Admin.People;

/// <summary>What the handover dialog hands back: the colleague and the reason.</summary>
public sealed record HandoverAnswer(string ToUserId, string Reason);
