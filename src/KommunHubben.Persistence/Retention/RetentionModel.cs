using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence.Retention;

/// <summary>The retention tables: the deletion log and the legal holds.</summary>
internal static class RetentionModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<RetentionLogEntry>(e =>
        {
            e.ToTable("retention_log");
            e.Property(x => x.Kind).HasMaxLength(64);
            e.Property(x => x.Rule).HasMaxLength(200);
            e.Property(x => x.CaseReference).HasMaxLength(64);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.At);
        });
        model.Entity<LegalHold>(e =>
        {
            e.ToTable("legal_holds");
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.SetBy).HasMaxLength(64);
            e.Property(x => x.LiftedBy).HasMaxLength(64);
            e.Property(x => x.LiftReason).HasMaxLength(500);
            e.Ignore(x => x.InForce);
            e.HasIndex(x => new { x.CaseId, x.LiftedAt });
        });
    }
}
