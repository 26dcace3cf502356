using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Registry.Core.Accounts;
using Registry.Core.Disputes;
using Registry.Core.Indexing;
using Registry.Core.Indexing.Reorgs;
using Registry.Core.Licensing;
using Registry.Core.Notifications;
using Registry.Core.Registration;
using Registry.Core.Works;

namespace Registry.Core.Persistence;

/// <summary>The read model mirrored from the chain, the registration pipeline's state, and the accounts (ASP.NET Core Identity).</summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : IdentityDbContext<RegistryUser>(options)
{
    public DbSet<Work> Works => Set<Work>();

    public DbSet<WorkEvent> WorkEvents => Set<WorkEvent>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Licence> Licences => Set<Licence>();

    public DbSet<RoyaltyPayment> RoyaltyPayments => Set<RoyaltyPayment>();

    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();

    public DbSet<Dispute> Disputes => Set<Dispute>();

    public DbSet<ModerationDecision> ModerationDecisions => Set<ModerationDecision>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<IndexerCheckpoint> IndexerCheckpoints => Set<IndexerCheckpoint>();

    public DbSet<IndexedBlock> IndexedBlocks => Set<IndexedBlock>();

    public DbSet<WorkRegistration> Registrations => Set<WorkRegistration>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<ModeratorGrant> ModeratorGrants => Set<ModeratorGrant>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Identity's own columns have no enums; its one DateTimeOffset (LockoutEnd) is only compared in memory.
        // SQLite has no date type; as ticks they sort and compare in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<RegistryUser>(user =>
        {
            user.Property(u => u.Address).HasMaxLength(42);
            user.HasIndex(u => u.Address).IsUnique();
        });

        modelBuilder.Entity<ApiToken>(token =>
        {
            token.HasKey(t => t.Id);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasIndex(t => t.UserId);
            token.Property(t => t.Name).HasMaxLength(Accounts.ApiTokens.MaxNameLength);
            token.HasOne<RegistryUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ModeratorGrant>(grant =>
        {
            grant.HasKey(g => g.Id);
            grant.HasIndex(g => g.UserId).IsUnique();
            grant.HasIndex(g => g.OnChainState);
            grant.HasOne<RegistryUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        });
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
            work.Property(w => w.FingerprintKind).HasConversion<string>();
        });

        modelBuilder.Entity<Offer>(offer =>
        {
            offer.HasKey(o => o.OfferId);
            offer.Property(o => o.OfferId).ValueGeneratedNever();
            offer.HasIndex(o => o.WorkId);
            offer.HasIndex(o => o.Seller);
            offer.HasIndex(o => o.BlockNumber);
        });

        modelBuilder.Entity<Licence>(licence =>
        {
            licence.HasKey(l => l.LicenceId);
            licence.Property(l => l.LicenceId).ValueGeneratedNever();
            licence.HasIndex(l => new { l.Holder, l.WorkId });
            licence.HasIndex(l => l.WorkId);
            licence.HasIndex(l => l.OfferId);
            licence.HasIndex(l => l.BlockNumber);
        });

        modelBuilder.Entity<RoyaltyPayment>(payment =>
        {
            payment.HasIndex(p => new { p.TransactionHash, p.LogIndex }).IsUnique();
            payment.HasIndex(p => new { p.Recipient, p.Timestamp });
            payment.HasIndex(p => p.BlockNumber);
        });

        modelBuilder.Entity<Withdrawal>(withdrawal =>
        {
            withdrawal.HasIndex(w => new { w.TransactionHash, w.LogIndex }).IsUnique();
            withdrawal.HasIndex(w => new { w.Account, w.Timestamp });
            withdrawal.HasIndex(w => w.BlockNumber);
        });

        modelBuilder.Entity<WorkEvent>(e =>
        {
            e.HasIndex(x => new { x.TransactionHash, x.LogIndex }).IsUnique();
            e.HasIndex(x => new { x.WorkId, x.BlockNumber });
            e.HasIndex(x => x.BlockNumber);
        });

        modelBuilder.Entity<Dispute>(dispute =>
        {
            dispute.HasKey(d => d.DisputeId);
            dispute.Property(d => d.DisputeId).ValueGeneratedNever();
            dispute.HasIndex(d => new { d.Status, d.OpenedAt });
            dispute.HasIndex(d => d.WorkId);
            dispute.HasIndex(d => d.Claimant);
            dispute.HasIndex(d => d.BlockNumber);
            dispute.Ignore(d => d.FinalRuling);
        });

        modelBuilder.Entity<ModerationDecision>(decision => decision.HasIndex(d => d.DisputeId));

        modelBuilder.Entity<Notification>(notification =>
        {
            notification.HasIndex(n => new { n.Recipient, n.TransactionHash, n.LogIndex }).IsUnique();
            notification.HasIndex(n => new { n.Recipient, n.CreatedAt });
            notification.HasIndex(n => n.BlockNumber);
        });

        modelBuilder.Entity<IndexerCheckpoint>().HasKey(c => c.ContractAddress);

        modelBuilder.Entity<IndexedBlock>(block =>
        {
            block.HasKey(b => b.BlockNumber);
            block.Property(b => b.BlockNumber).ValueGeneratedNever();
        });

        modelBuilder.Entity<WorkRegistration>(r =>
        {
            r.HasKey(x => x.Id);
            r.HasIndex(x => new { x.State, x.NextAttemptAt });
            r.HasIndex(x => x.Sha256);
        });
    }
}
