using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="FollowUpResult"/> to the table <c>follow_up_results</c>.</summary>
internal sealed class FollowUpResultConfiguration : IEntityTypeConfiguration<FollowUpResult>
{
    public void Configure(EntityTypeBuilder<FollowUpResult> builder)
    {
        builder.ToTable("follow_up_results");
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.RecordedBy).HasMaxLength(64);
        builder.HasIndex(x => new { x.CaseId, x.Kind }).IsUnique();
    }
}
