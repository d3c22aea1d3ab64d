using GovData.Domain;

namespace GovData.Workflows.Integration;

/// <summary>What a key use case did: on refusal <see cref="ErrorKey"/> is an IntegrationResource key (translated in Web).</summary>
public sealed record IntegrationResult(bool Succeeded, string? ErrorKey, IReadOnlyList<object> Arguments)
{
    public static IntegrationResult Done() => new(true, null, []);

    public static IntegrationResult Refused(string key, params object[] arguments) => new(false, key, arguments);

    public static IntegrationResult From(DomainRuleException rule) => new(false, rule.Code, rule.Arguments);
}
