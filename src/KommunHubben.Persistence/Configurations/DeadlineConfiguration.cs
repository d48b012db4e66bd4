using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="Deadline"/> to the table <c>deadlines</c>.</summary>
internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable("deadlines");
        builder.Property(x => x.Result).HasMaxLength(32);
        builder.HasIndex(x => new { x.FiredAt, x.DueAt });
        builder.HasIndex(x => x.CaseId);
    }
}
