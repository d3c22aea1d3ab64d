using GovData.Domain;

namespace GovData.Workflows.Oversight;

/// <summary>What an oversight use case did: on refusal <see cref="ErrorKey"/> is an OversightResource key (translated in Web).</summary>
public sealed record OversightResult(bool Succeeded, string? ErrorKey, IReadOnlyList<object> Arguments, int? Id = null, long? InstanceId = null)
{
    public static OversightResult Done(int id, long? instanceId = null) => new(true, null, [], id, instanceId);

    public static OversightResult Refused(string key, params object[] arguments) => new(false, key, arguments);

    public static OversightResult From(DomainRuleException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(false, rule.Code, rule.Arguments);
    }
}
