using GovData.Domain;
using GovData.Domain.OpenData.Applications;

namespace GovData.Workflows.OpenData.Applications;

/// <summary>What an application use case did: on refusal the violations (OpenDataApplicationResource keys, per field).</summary>
public sealed record OpenDataApplicationResult(
    bool Succeeded,
    IReadOnlyList<FormViolation> Violations,
    int? Id = null,
    long? InstanceId = null,
    DateOnly? DueOn = null)
{
    public static OpenDataApplicationResult Done(int id, long instanceId, DateOnly? dueOn) => new(true, [], id, instanceId, dueOn);

    public static OpenDataApplicationResult Refused(IReadOnlyList<FormViolation> violations) => new(false, violations);

    public static OpenDataApplicationResult Refused(string key, params object[] arguments) => new(false, [new FormViolation(string.Empty, key, arguments)]);

    public static OpenDataApplicationResult From(DomainRuleException rule) => Refused(rule.Code, [.. rule.Arguments]);
}
