using KommunHubben.Domain.Cases;
using System.Text.Json;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Protection;

namespace KommunHubben.Application.Cases;

/// <summary>The personal part of a case, serialised and encrypted as one document.</summary>
public sealed record ProtectedCaseContent(string? PersonalIdentityNumber, CaseDetails Details)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public byte[] Seal(PersonalDataProtector protector) => protector.Protect(JsonSerializer.Serialize(this, Json));

    public static ProtectedCaseContent Read(PersonalDataProtector protector, CaseRecord record) =>
        record.ProtectedDetails is null ? new ProtectedCaseContent(null, new DetailsRemoved()) // removed by retention
            : JsonSerializer.Deserialize<ProtectedCaseContent>(protector.Unprotect(record.ProtectedDetails), Json)!;
}
