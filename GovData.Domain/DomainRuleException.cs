namespace GovData.Domain;

/// <summary>
/// A rule of the regulation was broken. <see cref="Code"/> is a resource key: the UI shows the message in the
/// user's language, never the exception text.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, params object[] arguments)
        : base(code)
    {
        Code = code;
        Arguments = arguments;
    }

    public DomainRuleException()
        : this("Domain.RuleBroken")
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        Arguments = [];
    }

    public string Code { get; } = string.Empty;

    public IReadOnlyList<object> Arguments { get; } = [];
}
