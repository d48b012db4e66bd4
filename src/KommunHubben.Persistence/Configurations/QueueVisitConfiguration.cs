using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="QueueVisit"/> (when an officer last looked at their queue) to <c>queue_visits</c>.</summary>
internal sealed class QueueVisitConfiguration : IEntityTypeConfiguration<QueueVisit>
{
    public void Configure(EntityTypeBuilder<QueueVisit> builder)
    {
        builder.ToTable("queue_visits");
        builder.HasKey(x => x.OfficerId);
        builder.Property(x => x.OfficerId).HasMaxLength(64);
    }
}
