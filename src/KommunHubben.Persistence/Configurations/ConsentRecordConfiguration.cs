using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="ConsentRecord"/> to the table <c>consents</c>.</summary>
internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("consents");
        builder.Property(x => x.PersonKeyHash).HasMaxLength(64);
        builder.Property(x => x.CaseTypes).HasMaxLength(200);
        builder.Property(x => x.RegisteredBy).HasMaxLength(64);
        builder.Property(x => x.UnitId).HasMaxLength(64);
        builder.Property(x => x.WithdrawnBy).HasMaxLength(64);
        builder.Ignore(x => x.Scope);
        builder.Ignore(x => x.Terms);
        builder.HasIndex(x => x.PersonKeyHash);
        // The expiry job looks for consents near or past their expiry day.
        builder.HasIndex(x => x.ExpiresOn);
    }
}
