using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KommunHubben.Gateway.Webhooks;

/// <summary>
/// The signature on AF's webhook calls: <c>X-Af-Timestamp</c> (Unix seconds) and
/// <c>X-Af-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 with the shared secret over
/// <c>"&lt;timestamp&gt;." + raw body bytes</c>. Signing the timestamp with the body stops a replayed body from
/// passing with a fresh timestamp; the tolerance stops an old call from being replayed as it was.
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-Af-Timestamp";
    public const string SignatureHeader = "X-Af-Signature";
    private const string Scheme = "sha256=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(Mac(secret, timestamp, body));

    public static WebhookVerification Verify(
        string? secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(secret)) return WebhookVerification.NotConfigured;
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader)) return WebhookVerification.Missing;
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !signatureHeader.StartsWith(Scheme, StringComparison.Ordinal))
            return WebhookVerification.Malformed;
        byte[] given;
        try { given = Convert.FromHexString(signatureHeader.AsSpan(Scheme.Length)); }
        catch (FormatException) { return WebhookVerification.Malformed; }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, 253402300799));
        if (age.Duration() > tolerance) return WebhookVerification.Expired;
        // Constant time: how many leading bytes match must not show in the answer's timing.
        return CryptographicOperations.FixedTimeEquals(given, Mac(secret, timestamp, body))
            ? WebhookVerification.Valid
            : WebhookVerification.Mismatch;
    }

    private static byte[] Mac(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
    }
}

public enum WebhookVerification
{
    Valid,
    NotConfigured,
    Missing,
    Malformed,
    Expired,
    Mismatch,
}
