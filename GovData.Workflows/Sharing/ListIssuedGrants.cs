using GovData.Domain.Identity;

namespace GovData.Workflows.Sharing;

/// <summary>本部门授出的权限: grants on my department's resources (active or expired); the other department is the grantee.</summary>
public sealed class ListIssuedGrants(ShareGrantQuery query)
{
    public Task<IReadOnlyList<ShareGrantRow>> ExecuteAsync(UserContext user, bool active, CancellationToken cancellationToken = default) =>
        query.ExecuteAsync(user, GrantSide.Issued, active, cancellationToken);
}
