namespace KommunHubben.Domain.Indicators;

/// <summary>One value of a Kolada KPI: gender "K" (kvinnor), "M" (män) or "T" (totalt), with its count and value.</summary>
public sealed record KoladaValue(string Gender, int? Count, decimal? Value, string Status);

/// <summary>
/// The year's primary indicator in the shape of Kolada's KPI data (api.kolada.se v2: kpi, municipality, period, values
/// per gender with count and value) for municipal labour-market activities, so it can be set beside other
/// municipalities' figures. <c>count</c> is the denominator (closed, re-referred excluded); <c>value</c> the share in
/// percent. A hidden figure has value null and status "Suppressed".
/// </summary>
public sealed record KoladaSummary(string Kpi, string Title, string Municipality, int Period, IReadOnlyList<KoladaValue> Values, decimal TargetPercent, int Threshold)
{
    public const string DefaultKpi = "KHUB-ARBETE-STUDIER";
    public const string DefaultTitle = "Deltagare i kommunal arbetsmarknadsverksamhet som avslutats till arbete eller studier, andel (%)";
    public const string Stockholm = "0180";

    public static KoladaSummary From(IndicatorReport report, string kpi = DefaultKpi, string municipality = Stockholm)
    {
        KoladaValue V(string g, GenderFigures f) => new(g, f.Closed.Value, f.SharePercent, f.SharePercent is null ? "Suppressed" : "");
        var t = report.Total;
        return new KoladaSummary(kpi, DefaultTitle, municipality, report.Year, [V("K", t.Women), V("M", t.Men), V("T", t.Total)],
            t.TargetPercent, report.Threshold);
    }
}
