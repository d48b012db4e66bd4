using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="ReportingRefusal"/> to the table <c>reporting_refusals</c>.</summary>
internal sealed class ReportingRefusalConfiguration : IEntityTypeConfiguration<ReportingRefusal>
{
    public void Configure(EntityTypeBuilder<ReportingRefusal> builder)
    {
        builder.ToTable("reporting_refusals");
        builder.Property(x => x.Reason).HasMaxLength(64);
        builder.Property(x => x.CaseType).HasMaxLength(32);
        builder.Property(x => x.UnitId).HasMaxLength(64);
        builder.HasIndex(x => x.MessageId).IsUnique();
    }
}
