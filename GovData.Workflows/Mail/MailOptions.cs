using Microsoft.Extensions.Configuration;

namespace GovData.Workflows.Mail;

/// <summary>SMTP settings (section <c>Mail</c>); delivery is off while <see cref="Host"/> is empty.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 25;

    public string From { get; set; } = "govdata@localhost";

    public bool UseSsl { get; set; }

    public string User { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static MailOptions Read(IConfiguration? configuration) =>
        configuration?.GetSection(Section).Get<MailOptions>() ?? new MailOptions();
}
