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
    public DbSet<CaseMessage> CaseMessages => Set<CaseMessage>();
    public DbSet<CaseMessageRead> CaseMessageReads => Set<CaseMessageRead>();
    public DbSet<Deadline> Deadlines => Set<Deadline>();
    public DbSet<OfficerProfile> OfficerProfiles => Set<OfficerProfile>();
    public DbSet<OfficerAbsence> OfficerAbsences => Set<OfficerAbsence>();
    public DbSet<SubmissionRefusal> Refusals => Set<SubmissionRefusal>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<MailSettings> MailSettings => Set<MailSettings>();
    public DbSet<OutgoingMail> OutgoingMails => Set<OutgoingMail>();
    public DbSet<CaseReferenceCounter> CaseReferenceCounters => Set<CaseReferenceCounter>();
    public DbSet<QueueVisit> QueueVisits => Set<QueueVisit>();
    public DbSet<AfForwarding> AfForwardings => Set<AfForwarding>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OfficerLoad> OfficerLoads => Set<OfficerLoad>();
    public DbSet<FollowUpResult> FollowUpResults => Set<FollowUpResult>();
    public DbSet<Reporting.ReportingEvent> ReportingEvents => Set<Reporting.ReportingEvent>();
    public DbSet<Reporting.ReportingCase> ReportingCases => Set<Reporting.ReportingCase>();
    public DbSet<Reporting.ReportingFollowUp> ReportingFollowUps => Set<Reporting.ReportingFollowUp>();
    public DbSet<Reporting.ReportingRefusal> ReportingRefusals => Set<Reporting.ReportingRefusal>();
    public DbSet<RetentionLogEntry> RetentionLog => Set<RetentionLogEntry>();
    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

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

    /// <summary>
    /// Every entity's mapping is its own <see cref="IEntityTypeConfiguration{TEntity}"/> under <c>Configurations/</c>
    /// (one file per entity); a new entity adds its class there and is picked up here.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
}
