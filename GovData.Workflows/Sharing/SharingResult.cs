using GovData.Domain;

namespace GovData.Workflows.Sharing;

/// <summary>What a sharing use case did: on refusal <see cref="ErrorKey"/> is a SharingResource key (translated in Web).</summary>
public sealed record SharingResult(
    bool Succeeded,
    string? ErrorKey,
    IReadOnlyList<object> Arguments,
    int? Id = null,
    long? InstanceId = null,
    DateOnly? DueOn = null)
{
    public static SharingResult Done(int id, long? instanceId = null, DateOnly? dueOn = null) => new(true, null, [], id, instanceId, dueOn);

    public static SharingResult Refused(string key, params object[] arguments) => new(false, key, arguments);

    public static SharingResult From(DomainRuleException rule) => new(false, rule.Code, rule.Arguments);
}
