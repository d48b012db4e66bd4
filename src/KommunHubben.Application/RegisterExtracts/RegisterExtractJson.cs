using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>The extract as a JSON document (the machine-readable copy beside the PDF): codes as codes, times in UTC.</summary>
public static class RegisterExtractJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // å, ä, ö as themselves
    };

    public static byte[] Serialize(RegisterExtract extract) => JsonSerializer.SerializeToUtf8Bytes(extract, Options);
}
