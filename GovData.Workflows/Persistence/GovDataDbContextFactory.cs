using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

/// <summary>Hands out the provider's context as the common <see cref="GovDataDbContext"/>.</summary>
internal sealed class GovDataDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<GovDataDbContext>
    where TContext : GovDataDbContext
{
    public GovDataDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<GovDataDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
