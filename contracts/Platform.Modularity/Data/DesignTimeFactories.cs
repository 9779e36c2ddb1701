using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Modularity.Data;

/// <summary>Lets <c>dotnet ef</c> build a module's SQLite context; a module declares one sealed subclass.</summary>
public abstract class SqliteDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    /// <inheritdoc />
    public TDb CreateDbContext(string[] args) =>
        (TDb)Activator.CreateInstance(typeof(TDb), new DbContextOptionsBuilder<TDb>().UseSqlite("Data Source=design-time.db").Options)!;
}

/// <summary>Lets <c>dotnet ef</c> build a module's PostgreSQL context; a module declares one sealed subclass.</summary>
public abstract class PostgresDesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    /// <inheritdoc />
    public TDb CreateDbContext(string[] args) =>
        (TDb)Activator.CreateInstance(typeof(TDb), new DbContextOptionsBuilder<TDb>().UseNpgsql("Host=localhost;Database=design_time").Options)!;
}
