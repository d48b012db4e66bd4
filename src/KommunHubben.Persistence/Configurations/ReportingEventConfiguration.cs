using KommunHubben.Persistence.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="ReportingEvent"/> to the table <c>reporting_events</c>: the reporting tables (prefix <c>reporting_</c>) are the event history and the projection built from it.</summary>
internal sealed class ReportingEventConfiguration : IEntityTypeConfiguration<ReportingEvent>
{
    public void Configure(EntityTypeBuilder<ReportingEvent> builder)
    {
        builder.ToTable("reporting_events");
        builder.HasKey(x => x.Seq);
        builder.Property(x => x.MessageType).HasMaxLength(200);
        builder.HasIndex(x => x.MessageId).IsUnique();
    }
}
