namespace GovData.Workflows.Administration;

/// <summary>The first start cannot create its SystemAdmin: the message says which setting to fix.</summary>
public sealed class BootstrapException : InvalidOperationException
{
    public BootstrapException()
    {
    }

    public BootstrapException(string message)
        : base(message)
    {
    }

    public BootstrapException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
