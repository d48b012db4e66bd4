using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KommunHubben.Persistence.Protection;

/// <summary>
/// Authenticated encryption (AES-256-GCM) of personal data at rest, with a key id in every ciphertext so keys
/// can rotate. Layout: [1 byte format version][1 byte key-id length][key id][12 bytes nonce][16 bytes tag][ciphertext].
/// </summary>
public sealed class PersonalDataProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly string _activeKeyId;
    private readonly Dictionary<string, byte[]> _keys;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(IOptions<PersonalDataOptions> options)
    {
        var o = options.Value;
        _keys = o.Keys.ToDictionary(k => k.Key, k => DecodeKey(k.Value, $"{PersonalDataOptions.Section}:Keys:{k.Key}"));
        if (string.IsNullOrWhiteSpace(o.ActiveKeyId) || !_keys.ContainsKey(o.ActiveKeyId))
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:ActiveKeyId must name one of the configured keys.");
        if (Encoding.UTF8.GetByteCount(o.ActiveKeyId) > byte.MaxValue)
            throw new InvalidOperationException($"{PersonalDataOptions.Section}:ActiveKeyId is too long.");
        _activeKeyId = o.ActiveKeyId;
        _hashKey = DecodeKey(o.HashKey, $"{PersonalDataOptions.Section}:HashKey");
    }

    public byte[] Protect(string plaintext) => ProtectBytes(Encoding.UTF8.GetBytes(plaintext));

    public string Unprotect(byte[] protectedData) => Encoding.UTF8.GetString(UnprotectBytes(protectedData));

    public byte[] ProtectBytes(byte[] plain)
    {
        var keyId = Encoding.UTF8.GetBytes(_activeKeyId);
        var output = new byte[2 + keyId.Length + NonceSize + TagSize + plain.Length];
        output[0] = FormatVersion;
        output[1] = (byte)keyId.Length;
        keyId.CopyTo(output, 2);
        var nonce = output.AsSpan(2 + keyId.Length, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var tag = output.AsSpan(2 + keyId.Length + NonceSize, TagSize);
        var cipher = output.AsSpan(2 + keyId.Length + NonceSize + TagSize);
        using var aes = new AesGcm(_keys[_activeKeyId], TagSize);
        // The key id is authenticated too, so a ciphertext cannot be moved to another key's slot.
        aes.Encrypt(nonce, plain, cipher, tag, keyId);
        return output;
    }

    public byte[] UnprotectBytes(byte[] protectedData)
    {
        if (protectedData.Length < 2 + NonceSize + TagSize || protectedData[0] != FormatVersion)
            throw new CryptographicException("Protected data has an unknown format.");
        var keyIdLength = protectedData[1];
        var keyId = protectedData.AsSpan(2, keyIdLength);
        if (!_keys.TryGetValue(Encoding.UTF8.GetString(keyId), out var key))
            throw new CryptographicException("Protected data was written with a key that is not configured.");
        var offset = 2 + keyIdLength;
        var nonce = protectedData.AsSpan(offset, NonceSize);
        var tag = protectedData.AsSpan(offset + NonceSize, TagSize);
        var cipher = protectedData.AsSpan(offset + NonceSize + TagSize);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(nonce, cipher, tag, plain, keyId);
        return plain;
    }

    /// <summary>Keyed hash (HMAC-SHA256, hex) of an identifier, for equality lookups without the clear value.</summary>
    public string KeyedHash(string normalizedIdentifier) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes(normalizedIdentifier)));

    public bool UsesDemoKey => _activeKeyId.StartsWith(PersonalDataOptions.DemoKeyPrefix, StringComparison.Ordinal);

    private static byte[] DecodeKey(string base64, string setting)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32) return key;
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"{setting} must be base64 of exactly 32 random bytes.");
    }
}
