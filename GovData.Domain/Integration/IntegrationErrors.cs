namespace GovData.Domain.Integration;

/// <summary>Resource keys (IntegrationResource) of the integration-key rules; arguments fill their placeholders.</summary>
public static class IntegrationErrors
{
    public const string NameRequired = "Integration.Error.NameRequired";
    public const string NameTooLong = "Integration.Error.NameTooLong";
    public const string ExpiryNotInFuture = "Integration.Error.ExpiryNotInFuture";
    public const string AlreadyRevoked = "Integration.Error.AlreadyRevoked";
    public const string NotAllowed = "Integration.Error.NotAllowed";
    public const string KeyNotFound = "Integration.Error.KeyNotFound";
}
