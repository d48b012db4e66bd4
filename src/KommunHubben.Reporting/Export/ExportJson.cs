using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunHubben.Reporting.Export;

/// <summary>JSON for downloads: the API's own conventions (camelCase, enums as text), indented for people. Here beside
/// the CSV so that the API's export and the coordinator page's (KommunHubben.Web) write the same bytes.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
