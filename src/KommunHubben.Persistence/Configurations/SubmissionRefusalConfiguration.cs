using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>Maps <see cref="SubmissionRefusal"/> to the table <c>submission_refusals</c>.</summary>
internal sealed class SubmissionRefusalConfiguration : IEntityTypeConfiguration<SubmissionRefusal>
{
    public void Configure(EntityTypeBuilder<SubmissionRefusal> builder)
    {
        builder.ToTable("submission_refusals");
        builder.Property(x => x.Reason).HasMaxLength(64);
        builder.Property(x => x.CaseType).HasMaxLength(32);
        builder.Property(x => x.UnitId).HasMaxLength(64);
    }
}
