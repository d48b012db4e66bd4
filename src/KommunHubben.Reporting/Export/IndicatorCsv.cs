using System.Globalization;
using System.Text;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Indicators.Suppression;

namespace KommunHubben.Reporting.Export;

/// <summary>
/// The primary indicator as a CSV file Swedish Excel opens as it is: UTF-8 with a byte-order mark, semicolons between
/// fields, decimal comma, CRLF line ends, Swedish headings; a hidden figure is "–" and the notes under the table say why.
/// </summary>
public static class IndicatorCsv
{
    public const char Separator = ';';

    private static readonly Dictionary<IndicatorDimension, string> Headings = new()
    {
        [IndicatorDimension.Unit] = "Enhet",
        [IndicatorDimension.Coach] = "Kontaktperson",
        [IndicatorDimension.CaseType] = "Ärendetyp",
        [IndicatorDimension.Project] = "Projekt",
        [IndicatorDimension.Month] = "Månad",
        [IndicatorDimension.Quarter] = "Kvartal",
        [IndicatorDimension.Year] = "År",
    };

    public static byte[] Write(IndicatorReport report, Func<IndicatorDimension, string, string> label)
    {
        var lines = new List<IEnumerable<string>>();
        var groups = report.By.Select(d => Headings[d]).ToList();
        if (groups.Count == 0) groups.Add("Grupp");
        var genders = new List<string> { "Kvinnor", "Män" };
        if (report.HasUnknownGender) genders.Add("Okänt kön");
        genders.Add("Totalt");

        var header = new List<string> { "År" };
        header.AddRange(groups);
        foreach (var g in genders)
            header.AddRange([$"{g} avslutade", $"{g} till arbete eller studier", $"{g} andel (%)"]);
        header.AddRange(["Mål (%)", "Målet nått", "Återremitterade"]);
        lines.Add(header);

        IEnumerable<string> Row(IndicatorRow row, IReadOnlyList<string> groupLabels)
        {
            var fields = new List<string> { report.Year.ToString(CultureInfo.InvariantCulture) };
            fields.AddRange(groupLabels);
            var figures = new List<GenderFigures> { row.Women, row.Men };
            if (row.UnknownGender is not null) figures.Add(row.UnknownGender);
            figures.Add(row.Total);
            foreach (var f in figures)
                fields.AddRange([Count(f.Closed), Count(f.WorkOrStudies), Percent(f.SharePercent)]);
            fields.AddRange([Percent(row.TargetPercent), row.MeetsTarget switch { true => "Ja", false => "Nej", null => Cell.Dash }, Count(row.ReReferred)]);
            return fields;
        }

        foreach (var row in report.Rows)
            lines.Add(Row(row, row.Group.Select((key, i) => label(report.By[i], key)).ToList()));
        lines.Add(Row(report.Total, groups.Select((_, i) => i == 0 ? "Totalt" : "").ToList()));
        lines.Add([]);
        lines.Add([$"{Cell.Dash} = färre än {report.Threshold}, eller dolt för att en sådan uppgift inte ska kunna räknas fram ur en summa."]);
        lines.Add(["Andel = avslutade till arbete eller studier / alla avslutade utom återremitterade."]);
        lines.Add(["Arbete = reguljär eller subventionerad anställning minst en sammanhängande månad, inte kommunal arbetsmarknadsanställning; studier = studiemedelsberättigande (CSN)."]);

        var text = string.Concat(lines.Select(fields => string.Join(Separator, fields.Select(Quote)) + "\r\n"));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    public static string Count(Cell cell) => cell.Value?.ToString(CultureInfo.InvariantCulture) ?? Cell.Dash;

    /// <summary>One decimal with a decimal comma: 61,5.</summary>
    public static string Percent(decimal? value) =>
        value?.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') ?? Cell.Dash;

    /// <summary>Quotes a field that needs it, and defuses a label a spreadsheet would run as a formula (=, +, -, @).</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@\t".Contains(field[0]) && !decimal.TryParse(field.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            field = "'" + field;
        return field.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
