namespace GovData.Domain.Integration;

public enum ApiKeyStatus
{
    Active = 1,
    Expired = 2,
    Revoked = 3,
}
