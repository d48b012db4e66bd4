using KommunHubben.Persistence.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="OutboxMessage"/> to the table <c>outbox</c>.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.Property(x => x.MessageType).HasMaxLength(200);
        builder.HasIndex(x => x.MessageId).IsUnique();
        builder.HasIndex(x => new { x.PublishedAt, x.Id });
    }
}
