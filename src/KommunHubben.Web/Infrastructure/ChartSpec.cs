using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace KommunHubben.Web.Infrastructure;

/// <summary>One series of a chart: a label, one value per category (null where the figure is hidden), and how it is drawn.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Data, string Color, string? Kind = null, bool Dashed = false);

/// <summary>
/// What wwwroot/js/coordinator-charts.js needs to draw one chart with Chart.js: the page writes it as JSON into a
/// &lt;script type="application/json"&gt; block (data, not code, so the Content-Security-Policy's "scripts from this
/// site only" holds). The same figures are always in a table on the page, which the canvas names with aria-describedby.
/// </summary>
public sealed record ChartSpec(
    string Id, string Kind, string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series, string TableId,
    string? YTitle = null, double? YMax = null)
{
    public const string Women = "#7b2d8e";
    public const string Men = "#0b6e4f";
    public const string Total = "#0b3a6e";
    public const string Target = "#a4262c";
    public const string Bars = "#0b4fa8";
    public const string Recommendation = "#1e7b34";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The spec as JSON that is safe inside a script element: the default encoder escapes &lt;, &gt;, &amp; and quotes.</summary>
    public IHtmlContent ToJson() => new HtmlString(JsonSerializer.Serialize(this, Json));
}
