using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence.Reporting;

/// <summary>The reporting tables (prefix <c>reporting_</c>): the event history and the projection built from it.</summary>
internal static class ReportingModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ReportingEvent>(e =>
        {
            e.ToTable("reporting_events");
            e.HasKey(x => x.Seq);
            e.Property(x => x.MessageType).HasMaxLength(200);
            e.HasIndex(x => x.MessageId).IsUnique();
        });
        model.Entity<ReportingCase>(e =>
        {
            e.ToTable("reporting_cases");
            e.HasKey(x => x.CaseId);
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.Property(x => x.ContactPersonId).HasMaxLength(64);
            e.Property(x => x.ProjectId).HasMaxLength(64);
            e.Property(x => x.Gender).HasMaxLength(16);
            e.Property(x => x.OfficerId).HasMaxLength(64);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.Version).IsConcurrencyToken();
            // The coordinators' questions (ReportingFacts): closed in a year, submitted in a year, open now, in a project.
            e.HasIndex(x => new { x.Status, x.ClosedAt });
            e.HasIndex(x => x.SubmittedAt);
            e.HasIndex(x => x.ProjectId);
        });
        model.Entity<ReportingFollowUp>(e =>
        {
            e.ToTable("reporting_follow_ups");
            e.HasKey(x => new { x.CaseId, x.Kind });
            e.Property(x => x.Kind).HasMaxLength(32);
        });
        model.Entity<ReportingRefusal>(e =>
        {
            e.ToTable("reporting_refusals");
            e.Property(x => x.Reason).HasMaxLength(64);
            e.Property(x => x.CaseType).HasMaxLength(32);
            e.Property(x => x.UnitId).HasMaxLength(64);
            e.HasIndex(x => x.MessageId).IsUnique();
        });
    }
}
