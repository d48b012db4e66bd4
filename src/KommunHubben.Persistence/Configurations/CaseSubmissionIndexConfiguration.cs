using KommunHubben.Domain.Cases;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KommunHubben.Persistence.Configurations;

/// <summary>
/// An index on the submission time alone, for the mail worker's look for cases submitted lately that have no receipt
/// yet (the other indexes lead with unit or status). Kept apart from the case's main mapping.
/// </summary>
public sealed class CaseSubmissionIndexConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> e) => e.HasIndex(x => x.SubmittedAt);
}
