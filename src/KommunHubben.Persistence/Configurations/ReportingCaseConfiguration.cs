using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="ReportingCase"/> to the table <c>reporting_cases</c>.</summary>
internal sealed class ReportingCaseConfiguration : IEntityTypeConfiguration<ReportingCase>
{
    public void Configure(EntityTypeBuilder<ReportingCase> builder)
    {
        builder.ToTable("reporting_cases");
        builder.HasKey(x => x.CaseId);
        builder.Property(x => x.UnitId).HasMaxLength(64);
        builder.Property(x => x.ContactPersonId).HasMaxLength(64);
        builder.Property(x => x.ProjectId).HasMaxLength(64);
        builder.Property(x => x.Gender).HasMaxLength(16);
        builder.Property(x => x.OfficerId).HasMaxLength(64);
        builder.Property(x => x.Outcome).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        // The coordinators' questions (ReportingFacts): closed in a year, submitted in a year, open now, in a project.
        builder.HasIndex(x => new { x.Status, x.ClosedAt });
        builder.HasIndex(x => x.SubmittedAt);
        builder.HasIndex(x => x.ProjectId);
    }
}
