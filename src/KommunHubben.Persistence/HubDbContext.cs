using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence;

/// <summary>The hub's database. One model for PostgreSQL and SQLite; provider-specific SQL lives only in the outbox relay.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<StaffUser> Users => Set<StaffUser>();
    public DbSet<JointProject> Projects => Set<JointProject>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<CaseHistoryEntry> CaseHistory => Set<CaseHistoryEntry>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ConsentRecord> Consents => Set<ConsentRecord>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<OfficerProfile> OfficerProfiles => Set<OfficerProfile>();
    public DbSet<OfficerAbsence> OfficerAbsences => Set<OfficerAbsence>();
    public DbSet<SubmissionRefusal> Refusals => Set<SubmissionRefusal>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AfForwarding> AfForwardings => Set<AfForwarding>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OfficerLoad> OfficerLoads => Set<OfficerLoad>();
    public DbSet<FollowUpResult> FollowUpResults => Set<FollowUpResult>();
    public DbSet<Reporting.ReportingEvent> ReportingEvents => Set<Reporting.ReportingEvent>();
    public DbSet<Reporting.ReportingCase> ReportingCases => Set<Reporting.ReportingCase>();
    public DbSet<Reporting.ReportingFollowUp> ReportingFollowUps => Set<Reporting.ReportingFollowUp>();
    public DbSet<Reporting.ReportingRefusal> ReportingRefusals => Set<Reporting.ReportingRefusal>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // Enums as text: readable in the database and stable when members are added.
        builder.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<CaseType>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<CaseAction>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<ClosureReason>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<KommunHubben.Domain.Deadlines.DeadlineKind>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<Role>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<KommunHubben.Domain.Consents.ConsentGivenHow>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<AfForwardingStatus>().HaveConversion<string>().HaveMaxLength(32);
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Unit>(e =>
        {
            e.ToTable("units");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(64);
        });
        model.Entity<StaffUser>(e =>
        {
            e.ToTable("users");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.HasIndex(x => x.Role);
        });
        model.Entity<JointProject>(e =>
        {
            e.ToTable("projects");
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Owner).HasMaxLength(200);
        });
        model.Entity<CaseRecord>(e =>
        {
            e.ToTable("cases");
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.Property(x => x.SubmittedBy).HasMaxLength(64);
            e.Property(x => x.ProjectId).HasMaxLength(64);
            e.Property(x => x.AssignedOfficerId).HasMaxLength(64);
            e.Property(x => x.RoutingReason).HasMaxLength(500);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.PersonKeyHash).HasMaxLength(64);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.CaseId);
            e.Property(x => x.PriorityReasons).HasMaxLength(500);
            e.HasIndex(x => new { x.AssignedOfficerId, x.Status });
            e.HasIndex(x => new { x.Status, x.Priority, x.SubmittedAt });
            e.HasIndex(x => new { x.UnitId, x.SubmittedAt });
            e.HasIndex(x => x.PersonKeyHash);
        });
        model.Entity<CaseHistoryEntry>(e =>
        {
            e.ToTable("case_history");
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.HasIndex(x => new { x.CaseId, x.Id });
        });
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.Property(x => x.ActorId).HasMaxLength(64);
            e.Property(x => x.ActorRole).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<ConsentRecord>(e =>
        {
            e.ToTable("consents");
            e.Property(x => x.PersonKeyHash).HasMaxLength(64);
            e.Property(x => x.CaseTypes).HasMaxLength(200);
            e.Property(x => x.RegisteredBy).HasMaxLength(64);
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.Property(x => x.WithdrawnBy).HasMaxLength(64);
            e.Ignore(x => x.Scope);
            e.HasIndex(x => x.PersonKeyHash);
        });
        model.Entity<Attachment>(e =>
        {
            e.ToTable("attachments");
            e.Property(x => x.UploadedBy).HasMaxLength(64);
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.Property(x => x.FileType).HasMaxLength(16);
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<OfficerProfile>(e =>
        {
            e.ToTable("officer_profiles");
            e.HasKey(x => x.OfficerId);
            e.Property(x => x.OfficerId).HasMaxLength(64);
            e.Property(x => x.Skills).HasMaxLength(200);
            e.Ignore(x => x.SkillSet);
        });
        model.Entity<OfficerAbsence>(e =>
        {
            e.ToTable("officer_absences");
            e.Property(x => x.OfficerId).HasMaxLength(64);
            e.Property(x => x.RegisteredBy).HasMaxLength(64);
            e.HasIndex(x => x.OfficerId);
        });
        model.Entity<Deadline>(e =>
        {
            e.ToTable("deadlines");
            e.Property(x => x.Result).HasMaxLength(32);
            e.HasIndex(x => new { x.FiredAt, x.DueAt });
            e.HasIndex(x => x.CaseId);
        });
        model.Entity<SubmissionRefusal>(e =>
        {
            e.ToTable("submission_refusals");
            e.Property(x => x.Reason).HasMaxLength(64);
            e.Property(x => x.CaseType).HasMaxLength(32);
            e.Property(x => x.UnitId).HasMaxLength(64);
        });
        model.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.Property(x => x.RecipientId).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(64);
            e.HasIndex(x => new { x.RecipientId, x.Id });
        });
        model.Entity<AfForwarding>(e =>
        {
            e.ToTable("af_forwardings");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.IdempotencyKey).HasMaxLength(64);
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            e.Property(x => x.LastError).HasMaxLength(64);
            e.Property(x => x.AfReference).HasMaxLength(64);
            e.Property(x => x.AfStatus).HasMaxLength(32);
            e.Property(x => x.AfOutcome).HasMaxLength(64);
            e.Property(x => x.AfETag).HasMaxLength(128);
            e.Property(x => x.AcknowledgedStatus).HasMaxLength(32);
            e.HasIndex(x => new { x.Status, x.LastPolledAt });
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox");
            e.HasKey(x => new { x.MessageId, x.Consumer });
            e.Property(x => x.Consumer).HasMaxLength(200);
        });
        model.Entity<FollowUpResult>(e =>
        {
            e.ToTable("follow_up_results");
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.CaseId, x.Kind }).IsUnique();
        });
        Reporting.ReportingModel.Configure(model);
        model.ApplyConfiguration(new Configurations.OfficerLoadConfiguration());
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.Property(x => x.MessageType).HasMaxLength(200);
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => new { x.PublishedAt, x.Id });
        });
    }
}
