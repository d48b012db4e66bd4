using System.Security.Cryptography;
using System.Text;

namespace KommunHubben.Gateway.Af;

/// <summary>
/// The Idempotency-Key of every call that changes something at AF, derived only from the case id and the operation,
/// so a Polly retry, a MassTransit redelivery, a re-drive from the error queue or a second gateway instance all send
/// the same key and AF creates nothing twice.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public static string Forward(Guid caseId) => For(caseId, "forward");
    public static string Supplement(Guid caseId, int number) => For(caseId, $"supplement:{number}");
    public static string Acknowledge(Guid caseId, string afStatus) => For(caseId, $"acknowledge:{afStatus}");

    /// <summary>A UUID-shaped key from SHA-256 of "caseId:operation": stable, and reveals nothing but what AF already has.</summary>
    public static string For(Guid caseId, string operation)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{caseId:N}:{operation}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
