using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators;
using KommunHubben.Reporting.Export;

namespace KommunHubben.Tests.Integration.Indicators;

/// <summary>
/// Acceptance 4: the indicator CSV opens correctly in a spreadsheet. Debian's LibreOffice Calc (installed by
/// ops/test.sh) converts it headless to .xlsx as a Swedish user's spreadsheet would read it, and the test reads the
/// workbook back: headings and unit names with å, ä, ö intact, shares as numbers (61,5 → 61.5), dashes as text.
/// </summary>
public sealed class CsvInLibreOfficeTests
{
    [Fact]
    public async Task The_indicator_csv_opens_in_LibreOffice_with_å_ä_ö_and_decimal_commas_intact()
    {
        // Enskede: 13 women (8 to work or studies: 61,5 %) and 12 men (7: 58,3 %). Söder has 3 men: hidden, and so are
        // the Skärholmen figures that would give them away (smaller than Enskede's, so Enskede's row stays whole).
        var facts = new List<CaseFact>();
        void Add(string unit, Gender gender, int count, ClosureReason reason)
        {
            for (var i = 0; i < count; i++)
                facts.Add(new CaseFact
                {
                    CaseId = Guid.NewGuid(), Type = CaseType.WageSubsidy, UnitId = unit, ContactPersonId = "kp-28", Gender = gender,
                    SubmittedAt = new DateTime(2025, 4, 1, 8, 0, 0, DateTimeKind.Utc), Status = CaseStatus.Closed,
                    ClosedAt = new DateTime(2025, 5, 15, 12, 0, 0, DateTimeKind.Utc), ClosureReason = reason,
                });
        }
        Add("ek-enskede", Gender.Woman, 8, ClosureReason.Work);
        Add("ek-enskede", Gender.Woman, 5, ClosureReason.OtherEffort);
        Add("ek-enskede", Gender.Man, 7, ClosureReason.Studies);
        Add("ek-enskede", Gender.Man, 5, ClosureReason.Other);
        Add("ek-skarholmen", Gender.Woman, 5, ClosureReason.Work);
        Add("ek-skarholmen", Gender.Woman, 5, ClosureReason.Other);
        Add("ek-skarholmen", Gender.Man, 3, ClosureReason.Work);
        Add("ek-skarholmen", Gender.Man, 3, ClosureReason.Other);
        Add("jobbtorg-soder", Gender.Woman, 6, ClosureReason.Work);
        Add("jobbtorg-soder", Gender.Woman, 5, ClosureReason.OtherEffort);
        Add("jobbtorg-soder", Gender.Man, 3, ClosureReason.Work);
        var report = ClosureIndicator.Compute(facts, 2025, [IndicatorDimension.Unit], new IndicatorTargets(), threshold: 5);
        var names = new Dictionary<string, string> { ["ek-enskede"] = "Ekonomiskt bistånd Enskede-Årsta-Vantör", ["ek-skarholmen"] = "Ekonomiskt bistånd Skärholmen",
            ["jobbtorg-soder"] = "Jobbtorg Söder",
        };
        var csv = IndicatorCsv.Write(report, (_, key) => names[key]);

        var dir = Directory.CreateTempSubdirectory("khub-csv-");
        try
        {
            var csvPath = Path.Combine(dir.FullName, "indikator.csv");
            await File.WriteAllBytesAsync(csvPath, csv);
            var (cells, numbers) = ReadFirstSheet(await ConvertToXlsxAsync(csvPath, dir.FullName));
            decimal Number(string cell) => numbers.Contains(cell)
                ? decimal.Parse(cells[cell], CultureInfo.InvariantCulture)
                : throw new Xunit.Sdk.XunitException($"{cell} is text '{cells[cell]}', not a number");

            Assert.Equal("År", cells["A1"]);
            Assert.Equal("Enhet", cells["B1"]);
            Assert.Equal("Män avslutade", cells["F1"]);
            Assert.Equal("Återremitterade", cells[Column(cells, 1, "Återremitterade") + "1"]);
            Assert.Equal("Ekonomiskt bistånd Enskede-Årsta-Vantör", cells["B2"]);
            Assert.Equal("Ekonomiskt bistånd Skärholmen", cells["B3"]);
            Assert.Equal("Jobbtorg Söder", cells["B4"]);
            // Numbers: counts and shares with a decimal comma arrive as numbers.
            Assert.Equal(13m, Number("C2"));
            Assert.Equal(8m, Number("D2"));
            Assert.Equal(61.5m, Number("E2"));
            Assert.Equal(58.3m, Number("H2"));
            Assert.Equal(70m, Number(Column(cells, 1, "Mål (%)") + "2"));
            // The small group: a dash, as text.
            Assert.Equal("–", cells["F4"]);
            Assert.StartsWith("– = färre än 5", cells.Values.Single(v => v.StartsWith("– = ", StringComparison.Ordinal)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Column(Dictionary<string, string> cells, int row, string heading) =>
        cells.Single(c => c.Value == heading && c.Key.EndsWith(row.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                          && char.IsLetter(c.Key[^2])).Key[..^1];

    /// <summary>soffice with a private profile; the CSV import as a Swedish user has it: ';', '"', UTF-8, language sv-SE (1053).</summary>
    private static async Task<string> ConvertToXlsxAsync(string csvPath, string outDir)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: run the suite with ops/test.sh (it installs libreoffice-calc) or apt-get install libreoffice-calc.");
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(outDir, "profile")}",
                     "--infilter=CSV:59,34,76,1,,1053", "--convert-to", "xlsx", "--outdir", outDir, csvPath,
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        var xlsx = Path.ChangeExtension(csvPath, "xlsx");
        Assert.True(File.Exists(xlsx), $"soffice exited {process.ExitCode} without {xlsx}: {await stdout} {await stderr}");
        return xlsx;
    }

    /// <summary>Cell reference → text of the first worksheet (shared strings resolved, numbers as stored, invariant), and
    /// which cells hold numbers.</summary>
    private static (Dictionary<string, string> Cells, HashSet<string> Numbers) ReadFirstSheet(string xlsx)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var zip = ZipFile.OpenRead(xlsx);
        var shared = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is { } sharedEntry)
            using (var s = sharedEntry.Open())
                shared = XDocument.Load(s).Root!.Elements(ns + "si").Select(si => string.Concat(si.Descendants(ns + "t").Select(t => t.Value))).ToList();
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        var all = XDocument.Load(sheet).Descendants(ns + "c")
            .Where(c => c.Element(ns + "v") is not null || c.Element(ns + "is") is not null).ToList();
        var numbers = all.Where(c => (string?)c.Attribute("t") is null or "n").Select(c => c.Attribute("r")!.Value).ToHashSet();
        return (all.ToDictionary(
                c => c.Attribute("r")!.Value,
                c => (string?)c.Attribute("t") switch
                {
                    "s" => shared[int.Parse(c.Element(ns + "v")!.Value, CultureInfo.InvariantCulture)],
                    "inlineStr" => string.Concat(c.Element(ns + "is")!.Descendants(ns + "t").Select(t => t.Value)),
                    _ => c.Element(ns + "v")!.Value,
                }), numbers);
    }
}
