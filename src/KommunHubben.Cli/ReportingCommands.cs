using KommunHubben.Domain.Indicators;
using KommunHubben.Persistence;
using KommunHubben.Reporting;
using KommunHubben.Reporting.Export;
using KommunHubben.Reporting.Projection;
using KommunHubben.Reporting.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KommunHubben.Cli;

/// <summary>
/// <c>khub reporting rebuild</c> and <c>khub export indicators</c>: the coordinators' projection and its export, on the
/// hub's database. Indicator settings come from the hub's own environment (<c>Hub__Indicators__…</c>).
/// </summary>
public static class ReportingCommands
{
    public static async Task<int> RebuildAsync()
    {
        await using var db = HubDatabase.Open();
        var rebuild = new ProjectionRebuild(db, Options.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres }), TimeProvider.System);
        var result = await rebuild.RunAsync(CancellationToken.None);
        Console.WriteLine($"Reporting projection rebuilt: {result.Replayed} events replayed ({result.Imported} imported from the outbox), {result.Cases} cases.");
        return 0;
    }

    public static async Task<int> ExportIndicatorsAsync(IReadOnlyList<string> args)
    {
        var options = CommandOptions.Parse(args, ["--year", "--format", "--by", "--out"], []);
        var yearText = options.Value("--year") ?? throw new UsageException("--year YYYY is required.");
        if (!int.TryParse(yearText, out var year) || year is < 2000 or > 2100)
            throw new UsageException($"--year must be a year from 2000 to 2100, not '{yearText}'.");
        var format = options.Value("--format") ?? "csv";
        if (format is not ("csv" or "json")) throw new UsageException($"--format must be csv or json, not '{format}'.");
        var by = IndicatorDimensions.Parse(options.Value("--by") ?? "unit", out var error)
            ?? throw new UsageException($"--by must be one or two of unit, coach, caseType, project, month, quarter, year, each once (broke: {error!.Code}).");

        await using var db = HubDatabase.Open();
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(IndicatorOptions.Section).Get<IndicatorOptions>() ?? new IndicatorOptions();
        var queries = new IndicatorQueries(db, new ReportingFacts(db), Options.Create(settings), TimeProvider.System);
        var report = await queries.ClosuresAsync(year, by, CancellationToken.None);
        var labels = await queries.LabelsAsync(CancellationToken.None);
        var bytes = format == "csv"
            ? IndicatorCsv.Write(report, labels)
            : System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { indicator = IndicatorView.From(report, labels), kolada = await queries.KoladaAsync(year, CancellationToken.None) }, Json);

        if (options.Value("--out") is { } path)
        {
            await File.WriteAllBytesAsync(path, bytes);
            Console.Error.WriteLine($"Wrote {path} ({report.Rows.Count} rows, threshold {report.Threshold}).");
        }
        else
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes);
        }
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
