using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="CaseMessage"/> to the table <c>case_messages</c>.</summary>
internal sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("case_messages");
        builder.Property(x => x.AuthorId).HasMaxLength(64);
        builder.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId);
        builder.HasIndex(x => new { x.CaseId, x.Id });
    }
}
