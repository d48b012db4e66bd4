using System.Text;
using KommunHubben.Gateway.Webhooks;

namespace KommunHubben.Tests.Unit.Gateway;

public sealed class WebhookSignatureTests
{
    private const string Secret = "shared-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"hubCaseId":"0b8f5e4e-33c1-4c53-9a52-5f3a9d1f0c11","status":"Decided"}""");
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-24T12:00:00Z");
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);
    private static long Ts(int secondsAgo = 0) => Now.ToUnixTimeSeconds() - secondsAgo;

    private static WebhookVerification Verify(string? secret, string? ts, string? sig, byte[]? body = null) =>
        WebhookSignature.Verify(secret, ts, sig, body ?? Body, Now, Tolerance);

    [Fact]
    public void A_call_signed_with_the_secret_over_timestamp_and_body_is_valid() =>
        Assert.Equal(WebhookVerification.Valid, Verify(Secret, Ts().ToString(), WebhookSignature.Sign(Secret, Ts(), Body)));

    [Fact]
    public void The_signature_is_lowercase_hex_of_hmac_sha256_over_timestamp_dot_body()
    {
        var expected = "sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{Ts()}.").Concat(Body).ToArray()));
        Assert.Equal(expected, WebhookSignature.Sign(Secret, Ts(), Body));
    }

    [Fact]
    public void Another_secret_a_changed_body_or_a_changed_timestamp_is_a_mismatch()
    {
        Assert.Equal(WebhookVerification.Mismatch, Verify(Secret, Ts().ToString(), WebhookSignature.Sign("other", Ts(), Body)));
        Assert.Equal(WebhookVerification.Mismatch, Verify(Secret, Ts().ToString(), WebhookSignature.Sign(Secret, Ts(), Body), Encoding.UTF8.GetBytes("{}")));
        Assert.Equal(WebhookVerification.Mismatch, Verify(Secret, Ts(1).ToString(), WebhookSignature.Sign(Secret, Ts(), Body)));
    }

    [Theory]
    [InlineData(301)]
    [InlineData(3600)]
    [InlineData(-301)]
    public void A_timestamp_outside_the_tolerance_is_expired_even_when_correctly_signed(int secondsAgo) =>
        Assert.Equal(WebhookVerification.Expired, Verify(Secret, Ts(secondsAgo).ToString(), WebhookSignature.Sign(Secret, Ts(secondsAgo), Body)));

    [Theory]
    [InlineData(null, "sha256=00")]
    [InlineData("123", null)]
    public void Missing_headers_are_refused(string? ts, string? sig) => Assert.Equal(WebhookVerification.Missing, Verify(Secret, ts, sig));

    [Theory]
    [InlineData("yesterday", "sha256=00")]
    [InlineData("-5", "sha256=00")]
    [InlineData("1700000000", "md5=00")]
    [InlineData("1700000000", "sha256=zz")]
    public void Malformed_headers_are_refused(string ts, string sig) => Assert.Equal(WebhookVerification.Malformed, Verify(Secret, ts, sig));

    [Fact]
    public void Without_a_configured_secret_nothing_is_accepted() =>
        Assert.Equal(WebhookVerification.NotConfigured, Verify(null, Ts().ToString(), WebhookSignature.Sign(Secret, Ts(), Body)));
}
