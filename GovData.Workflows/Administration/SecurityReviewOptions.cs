using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Administration;

/// <summary><c>Administration:SecurityReview:*</c> — how old a department's security assessment or drill may get (Art. 31).</summary>
public sealed class SecurityReviewOptions
{
    public const string Section = "Administration:SecurityReview";
    public const int DefaultMaxAgeMonths = 12;
    public const int MinMaxAgeMonths = 1;
    public const int MaxMaxAgeMonths = 120;

    /// <summary>After this many months without an assessment or a drill the department is 逾期 and its officer reminded.</summary>
    public int MaxAgeMonths { get; set; } = DefaultMaxAgeMonths;

    public static SecurityReviewOptions Read(IConfiguration? configuration)
    {
        var options = configuration?.GetSection(Section).Get<SecurityReviewOptions>() ?? new SecurityReviewOptions();
        if (options.MaxAgeMonths is < MinMaxAgeMonths or > MaxMaxAgeMonths)
        {
            throw new InvalidOperationException($"{Section}:MaxAgeMonths must be between 1 and 120 (was {options.MaxAgeMonths}).");
        }

        return options;
    }
}
