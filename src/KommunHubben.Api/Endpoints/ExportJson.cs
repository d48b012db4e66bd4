using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunHubben.Api.Endpoints;

/// <summary>JSON for downloads: the API's own conventions (camelCase, enums as text), indented for people.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
