namespace GovData.Domain.Integration;

/// <summary>
/// 部门接口密钥: lets one department's own system read its catalog and import into it through the catalog API
/// (Art. 10, 13). Only the hash of the secret is kept; the plaintext is shown once, when the key is created.
/// </summary>
public sealed class DepartmentApiKey
{
    public const int NameMaxLength = 64;

    /// <summary>A use is recorded at most this often per key, so the API does not write on every request.</summary>
    public static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);

    private DepartmentApiKey()
    {
    }

    public int Id { get; private set; }

    public int DepartmentId { get; private set; }

    /// <summary>What the key is for (e.g. the name of the department's system).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The public part of the key (<see cref="ApiKeySecret.PrefixLength"/> hex characters): shown in lists, used to find the key.</summary>
    public string Prefix { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the whole key (see <see cref="ApiKeySecret.Hash"/>); masked in the audit log.</summary>
    public byte[] SecretHash { get; private set; } = [];

    public string CreatedByUserId { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ExpiresAtUtc { get; private set; }

    public DateTime? LastUsedAtUtc { get; private set; }

    public string? RevokedByUserId { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static DepartmentApiKey Create(
        int departmentId,
        string? name,
        ApiKeySecret secret,
        string createdByUserId,
        DateTime nowUtc,
        DateTime? expiresAtUtc)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdByUserId);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainRuleException(IntegrationErrors.NameRequired);
        }

        if (trimmed.Length > NameMaxLength)
        {
            throw new DomainRuleException(IntegrationErrors.NameTooLong, NameMaxLength);
        }

        if (expiresAtUtc is { } expires && expires <= nowUtc)
        {
            throw new DomainRuleException(IntegrationErrors.ExpiryNotInFuture);
        }

        return new DepartmentApiKey
        {
            DepartmentId = departmentId,
            Name = trimmed,
            Prefix = secret.Prefix,
            SecretHash = secret.Hash(),
            CreatedByUserId = createdByUserId,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = expiresAtUtc,
        };
    }

    public ApiKeyStatus StatusAt(DateTime nowUtc) => StatusOf(RevokedAtUtc, ExpiresAtUtc, nowUtc);

    /// <summary>Revoked wins over expired; a key expires at the instant of its expiry.</summary>
    public static ApiKeyStatus StatusOf(DateTime? revokedAtUtc, DateTime? expiresAtUtc, DateTime nowUtc) =>
        revokedAtUtc is not null ? ApiKeyStatus.Revoked
        : expiresAtUtc is { } expires && expires <= nowUtc ? ApiKeyStatus.Expired
        : ApiKeyStatus.Active;

    /// <summary>Whether a use at <paramref name="nowUtc"/> is worth recording (at most once per <see cref="LastUseResolution"/>).</summary>
    public bool ShouldRecordUse(DateTime nowUtc) => LastUsedAtUtc is not { } last || nowUtc - last >= LastUseResolution;

    /// <summary>Revoking is final: a revoked key never works again (create a new one instead).</summary>
    public void Revoke(string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (RevokedAtUtc is not null)
        {
            throw new DomainRuleException(IntegrationErrors.AlreadyRevoked, Prefix);
        }

        RevokedByUserId = userId;
        RevokedAtUtc = nowUtc;
    }
}
