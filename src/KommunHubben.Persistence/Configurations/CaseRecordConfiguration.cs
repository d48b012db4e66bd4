using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="CaseRecord"/> to the table <c>cases</c>.</summary>
internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.Property(x => x.UnitId).HasMaxLength(64);
        builder.Property(x => x.SubmittedBy).HasMaxLength(64);
        builder.Property(x => x.ProjectId).HasMaxLength(64);
        builder.Property(x => x.AssignedOfficerId).HasMaxLength(64);
        builder.Property(x => x.RoutingReason).HasMaxLength(500);
        builder.Property(x => x.Outcome).HasMaxLength(64);
        builder.Property(x => x.PersonKeyHash).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasMany(x => x.History).WithOne().HasForeignKey(h => h.CaseId);
        builder.Property(x => x.PriorityReasons).HasMaxLength(500);
        builder.HasIndex(x => new { x.AssignedOfficerId, x.Status });
        builder.HasIndex(x => new { x.Status, x.Priority, x.SubmittedAt });
        builder.HasIndex(x => new { x.UnitId, x.SubmittedAt });
        builder.HasIndex(x => x.PersonKeyHash);
        builder.Property(x => x.Reference).HasMaxLength(Domain.Cases.CaseReference.MaxLength);
        builder.HasIndex(x => x.Reference).IsUnique();
        builder.Property(x => x.SubjectCodes).HasMaxLength(Domain.Cases.CaseSubject.MaxLength);
    }
}
