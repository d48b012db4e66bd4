using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="CaseMessageRead"/> to <c>case_message_reads</c>: one row per message and reader, removed
/// with its message.</summary>
internal sealed class CaseMessageReadConfiguration : IEntityTypeConfiguration<CaseMessageRead>
{
    public void Configure(EntityTypeBuilder<CaseMessageRead> builder)
    {
        builder.ToTable("case_message_reads");
        builder.HasKey(x => new { x.MessageId, x.ReaderId });
        builder.Property(x => x.ReaderId).HasMaxLength(64);
        builder.HasOne<CaseMessage>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.ReaderId);
    }
}
