using GovData.Workflows.Administration.LegalBases;

namespace GovData.Web.Components.Pages.Admin.LegalBases;

/// <summary>What the legal-basis dialog hands back: the entry as typed and the reason for the audit log.</summary>
public sealed record LegalBasisAnswer(LegalBasisInput Input, string Reason);
