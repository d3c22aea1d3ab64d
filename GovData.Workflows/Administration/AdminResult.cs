using GovData.Domain;

namespace GovData.Workflows.Administration;

/// <summary>What an administration use case did: on refusal <see cref="ErrorKey"/> is an AdminResource key.</summary>
public sealed record AdminResult(bool Succeeded, string? ErrorKey, IReadOnlyList<object> Arguments)
{
    public static AdminResult Done() => new(true, null, []);

    public static AdminResult Refused(string key, params object[] arguments) => new(false, key, arguments);

    public static AdminResult From(DomainRuleException rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(false, rule.Code, rule.Arguments);
    }
}
