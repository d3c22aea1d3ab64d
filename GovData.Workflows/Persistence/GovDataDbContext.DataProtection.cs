using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GovData.Workflows.Persistence;

/// <summary>
/// The Data Protection key ring (sign-in cookies, antiforgery tokens) when several nodes share one database
/// (decision 0031): every node reads and writes the same keys.
/// </summary>
public partial class GovDataDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
