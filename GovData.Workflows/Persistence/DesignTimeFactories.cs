using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GovData.Workflows.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovDataDbContext>
{
    public SqliteGovDataDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteGovDataDbContext(builder.Options);
    }
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovDataDbContext>
{
    public SqlServerGovDataDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqlServerGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlServer(builder, "Server=(design-time);Database=GovData;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerGovDataDbContext(builder.Options);
    }
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGovDataDbContext>
{
    public PostgreSqlGovDataDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlGovDataDbContext>();
        PersistenceServiceCollectionExtensions.ConfigurePostgreSql(builder, "Host=design-time;Database=govdata;Username=govdata");
        return new PostgreSqlGovDataDbContext(builder.Options);
    }
}
