using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="Attachment"/> to the table <c>attachments</c>.</summary>
internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.Property(x => x.UploadedBy).HasMaxLength(64);
        builder.Property(x => x.UnitId).HasMaxLength(64);
        builder.Property(x => x.FileType).HasMaxLength(16);
        builder.HasIndex(x => x.CaseId);
    }
}
