using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Registry.Core.Indexing;
using Registry.Core.Registration;
using Registry.Core.Works;

namespace Registry.Core.Persistence;

/// <summary>The read model mirrored from the chain, and the registration pipeline's state.</summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public DbSet<Work> Works => Set<Work>();

    public DbSet<WorkEvent> WorkEvents => Set<WorkEvent>();

    public DbSet<IndexerCheckpoint> IndexerCheckpoints => Set<IndexerCheckpoint>();

    public DbSet<WorkRegistration> Registrations => Set<WorkRegistration>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type; as ticks they sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Work>(work =>
        {
            work.HasKey(w => w.WorkId);
            work.Property(w => w.WorkId).ValueGeneratedNever();
            work.HasIndex(w => w.ContentHash).IsUnique();
            work.HasIndex(w => w.Cid);
            work.HasIndex(w => w.Owner);
            work.HasIndex(w => w.Creator);
            work.HasIndex(w => w.MetadataStatus);
            work.Property(w => w.Kind).HasConversion<string>();
        });

        modelBuilder.Entity<WorkEvent>(e =>
        {
            e.HasIndex(x => new { x.TransactionHash, x.LogIndex }).IsUnique();
            e.HasIndex(x => new { x.WorkId, x.BlockNumber });
            e.HasIndex(x => x.BlockNumber);
        });

        modelBuilder.Entity<IndexerCheckpoint>().HasKey(c => c.ContractAddress);

        modelBuilder.Entity<WorkRegistration>(r =>
        {
            r.HasKey(x => x.Id);
            r.HasIndex(x => new { x.State, x.NextAttemptAt });
            r.HasIndex(x => x.Sha256);
        });
    }
}
