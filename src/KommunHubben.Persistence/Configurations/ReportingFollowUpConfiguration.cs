using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="ReportingFollowUp"/> to the table <c>reporting_follow_ups</c>.</summary>
internal sealed class ReportingFollowUpConfiguration : IEntityTypeConfiguration<ReportingFollowUp>
{
    public void Configure(EntityTypeBuilder<ReportingFollowUp> builder)
    {
        builder.ToTable("reporting_follow_ups");
        builder.HasKey(x => new { x.CaseId, x.Kind });
        builder.Property(x => x.Kind).HasMaxLength(32);
    }
}
