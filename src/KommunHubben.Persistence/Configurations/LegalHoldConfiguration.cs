using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="LegalHold"/> to the table <c>legal_holds</c>.</summary>
internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("legal_holds");
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.Property(x => x.SetBy).HasMaxLength(64);
        builder.Property(x => x.LiftedBy).HasMaxLength(64);
        builder.Property(x => x.LiftReason).HasMaxLength(500);
        builder.Ignore(x => x.InForce);
        builder.HasIndex(x => new { x.CaseId, x.LiftedAt });
    }
}
