using GovData.Domain.Identity;
using GovData.Domain.Integration;
using GovData.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Integration;

/// <summary>Why a presented key was refused; the names double as IntegrationResource keys (Api.Unauthorized.*).</summary>
public enum ApiKeyFailure
{
    Missing = 1,
    Invalid = 2,
    Revoked = 3,
    Expired = 4,
}

/// <summary>The department system a valid key stands for.</summary>
public sealed record ApiKeyCaller(int KeyId, string Prefix, string KeyName, int DepartmentId, string DepartmentName, bool DepartmentIsDataBureau)
{
    /// <summary>
    /// The caller as the catalog use cases see it: the department's catalog system, with the visibility and rights of
    /// the department's CatalogManager (its own entries including drafts, the others' published entries). Used only
    /// by the catalog API; the principal itself carries <see cref="IntegrationRoles.DepartmentSystem"/> alone.
    /// </summary>
    public UserContext ToCatalogUserContext() => new(
        IntegrationRoles.UserIdPrefix + KeyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        $"{KeyName} ({ApiKeySecret.Scheme}{Prefix})",
        DepartmentId,
        DepartmentIsDataBureau,
        new HashSet<string>(StringComparer.Ordinal) { Roles.CatalogManager, IntegrationRoles.DepartmentSystem });
}

public sealed record ApiKeyAuthentication(ApiKeyCaller? Caller, ApiKeyFailure? Failure)
{
    public static ApiKeyAuthentication Refused(ApiKeyFailure failure) => new(null, failure);
}

/// <summary>
/// Checks a presented key: found by its public prefix, compared in constant time with the stored hash, then
/// revocation and expiry. A successful use is recorded at most once a minute per key, with a conditional update that
/// bypasses the audit log on purpose (a use is not a change of the key; auditing it would add a chain row a minute).
/// </summary>
public sealed class AuthenticateApiKey(IDbContextFactory<GovDataDbContext> contextFactory, TimeProvider time)
{
    public async Task<ApiKeyAuthentication> ExecuteAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presentedKey))
        {
            return ApiKeyAuthentication.Refused(ApiKeyFailure.Missing);
        }

        if (!ApiKeySecret.TryParse(presentedKey, out var secret))
        {
            return ApiKeyAuthentication.Refused(ApiKeyFailure.Invalid);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.DepartmentApiKeys.AsNoTracking()
            .Where(k => k.Prefix == secret.Prefix)
            .Join(db.Departments, k => k.DepartmentId, d => d.Id, (k, d) => new { Key = k, Department = d })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || !secret.Matches(found.Key.SecretHash))
        {
            return ApiKeyAuthentication.Refused(ApiKeyFailure.Invalid);
        }

        var key = found.Key;
        var now = time.GetUtcNow().UtcDateTime;
        switch (key.StatusAt(now))
        {
            case ApiKeyStatus.Revoked:
                return ApiKeyAuthentication.Refused(ApiKeyFailure.Revoked);
            case ApiKeyStatus.Expired:
                return ApiKeyAuthentication.Refused(ApiKeyFailure.Expired);
        }

        if (key.ShouldRecordUse(now))
        {
            var threshold = now - DepartmentApiKey.LastUseResolution;
            await db.DepartmentApiKeys
                .Where(k => k.Id == key.Id && (k.LastUsedAtUtc == null || k.LastUsedAtUtc <= threshold))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAtUtc, now), cancellationToken);
        }

        return new ApiKeyAuthentication(
            new ApiKeyCaller(key.Id, key.Prefix, key.Name, key.DepartmentId, found.Department.Name, found.Department.IsDataBureau),
            null);
    }
}
