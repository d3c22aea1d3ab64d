using GovData.Domain;

namespace GovData.Workflows.Disputes;

/// <summary>What a dispute use case did: on refusal <see cref="ErrorKey"/> is a DisputeResource key (translated in Web).</summary>
public sealed record DisputeResult(bool Succeeded, string? ErrorKey, IReadOnlyList<object> Arguments, int? Id = null, long? InstanceId = null)
{
    public static DisputeResult Done(int id, long? instanceId = null) => new(true, null, [], id, instanceId);

    public static DisputeResult Refused(string key, params object[] arguments) => new(false, key, arguments);

    public static DisputeResult From(DomainRuleException rule) => new(false, rule?.Code, rule?.Arguments ?? []);
}
