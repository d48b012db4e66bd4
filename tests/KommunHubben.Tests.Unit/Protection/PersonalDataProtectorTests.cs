using System.Security.Cryptography;
using System.Text;
using KommunHubben.Persistence.Protection;
using Microsoft.Extensions.Options;

namespace KommunHubben.Tests.Unit.Protection;

public class PersonalDataProtectorTests
{
    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string HashKey = NewKey();

    private static PersonalDataProtector Protector(string active, Dictionary<string, string> keys, string? hashKey = null) =>
        new(Options.Create(new PersonalDataOptions { ActiveKeyId = active, Keys = keys, HashKey = hashKey ?? HashKey }));

    [Fact]
    public void Protected_text_reads_back_and_does_not_contain_the_clear_text()
    {
        var protector = Protector("k1", new() { ["k1"] = NewKey() });

        var sealedBytes = protector.Protect("190905271474 Anna Andersson");

        Assert.DoesNotContain("190905271474", Encoding.UTF8.GetString(sealedBytes));
        Assert.Equal("190905271474 Anna Andersson", protector.Unprotect(sealedBytes));
    }

    [Fact]
    public void After_a_key_rotation_old_data_stays_readable_and_new_data_uses_the_new_key()
    {
        var k1 = NewKey();
        var k2 = NewKey();
        var old = Protector("k1", new() { ["k1"] = k1 }).Protect("gammal");

        var rotated = Protector("k2", new() { ["k1"] = k1, ["k2"] = k2 });
        var fresh = rotated.Protect("ny");

        Assert.Equal("gammal", rotated.Unprotect(old));
        Assert.Equal("ny", Protector("k2", new() { ["k2"] = k2 }).Unprotect(fresh));
        Assert.Throws<CryptographicException>(() => Protector("k1", new() { ["k1"] = k1 }).Unprotect(fresh));
    }

    [Fact]
    public void A_tampered_ciphertext_is_refused()
    {
        var protector = Protector("k1", new() { ["k1"] = NewKey() });
        var sealedBytes = protector.Protect("hälsouppgift");
        sealedBytes[^1] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(sealedBytes));
    }

    [Fact]
    public void The_keyed_hash_is_stable_per_key_and_differs_between_keys()
    {
        var a = Protector("k1", new() { ["k1"] = NewKey() }, HashKey);
        var b = Protector("k1", new() { ["k1"] = NewKey() }, HashKey);
        var other = Protector("k1", new() { ["k1"] = NewKey() }, NewKey());

        Assert.Equal(a.KeyedHash("190905271474"), b.KeyedHash("190905271474"));
        Assert.NotEqual(a.KeyedHash("190905271474"), other.KeyedHash("190905271474"));
        Assert.DoesNotContain("190905271474", a.KeyedHash("190905271474"));
    }

    [Fact]
    public void A_missing_or_short_key_stops_the_start_with_the_setting_named()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Protector("k1", new() { ["k1"] = "c2hvcnQ=" }));
        Assert.Contains("Hub:PersonalData:Keys:k1", ex.Message);
        var missing = Assert.Throws<InvalidOperationException>(() => Protector("k9", new() { ["k1"] = NewKey() }));
        Assert.Contains("ActiveKeyId", missing.Message);
    }
}
