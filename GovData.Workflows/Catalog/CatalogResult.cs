using GovData.Domain;
using GovData.Domain.Catalog;

namespace GovData.Workflows.Catalog;

/// <summary>
/// What a catalog use case did. On refusal <see cref="ErrorKey"/> is a CatalogResource key (translated in Web);
/// <see cref="Violations"/> lists the broken rules, each naming its field (then the key is <c>Catalog.RulesBroken</c>).
/// </summary>
public sealed record CatalogResult(
    bool Succeeded,
    string? ErrorKey,
    IReadOnlyList<object> Arguments,
    IReadOnlyList<CatalogViolation> Violations,
    int? ResourceId = null,
    int? DraftId = null,
    long? InstanceId = null)
{
    public static CatalogResult Done(int resourceId, int? draftId = null, long? instanceId = null) => new(true, null, [], [], resourceId, draftId, instanceId);

    public static CatalogResult Refused(string key, params object[] arguments) => new(false, key, arguments, []);

    public static CatalogResult Broken(IReadOnlyList<CatalogViolation> violations) => new(false, Domain.Resources.CatalogErrors.RulesBroken, [violations.Count], violations);

    public static CatalogResult From(DomainRuleException rule) => new(false, rule.Code, rule.Arguments, []);
}
