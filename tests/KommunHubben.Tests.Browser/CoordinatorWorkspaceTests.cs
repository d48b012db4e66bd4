using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// Issues 5 and 7, the coordinator's workspace in a real browser against a real hub: the indicator per gender against
/// the target with the figures and the hiding of GET /api/v1/indicators/closures, its charts drawn by Chart.js (each
/// with data points), the exports, the service, caseload and follow-up pages, the project register's form, refusal for
/// the other roles, and axe-core on every page. The figures come from <see cref="CoordinatorFigures"/>, closed through
/// the API. Screenshots go to artifacts/screenshots/.
/// </summary>
[Collection(CoordinatorCollection.Name)]
public sealed class CoordinatorWorkspaceTests(BrowserHub hub)
{
    private static readonly CultureInfo Swedish = new("sv-SE");
    private const string Hidden = "– (dolt)";

    [Fact]
    public async Task The_dashboard_shows_the_indicator_per_gender_against_the_target_as_the_api_does_with_hidden_figures_as_dashes_and_draws_its_trend()
    {
        var figures = await CoordinatorFigures.SeededAsync(hub);
        var page = await hub.SignedInAsync("coord-1");
        Assert.EndsWith("/Coordinator", page.Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Avslutade till arbete eller studier");

        // The seeded unit, worked out by hand: 10 women closed, 5 to work → 50,0 %; 10 men, 5 to studies → 50,0 %;
        // 20 and 10 in total; 1 re-referred, left out of every denominator and hidden (below 5); 50 % < the 70 % target.
        var row = await RowAsync(page, "#indicator-table", figures.UnitId);
        Assert.Equal("10", row["women-closed"]);
        Assert.Equal("5", row["women-work-or-studies"]);
        Assert.Equal("50,0 %", row["women-share"]);
        Assert.Equal("10", row["men-closed"]);
        Assert.Equal("5", row["men-work-or-studies"]);
        Assert.Equal("50,0 %", row["men-share"]);
        Assert.Equal("20", row["total-closed"]);
        Assert.Equal("10", row["total-work-or-studies"]);
        Assert.Equal("50,0 %", row["total-share"]);
        Assert.Equal(Hidden, row["re-referred"]);
        Assert.Equal("70,0 %", row["target"]);
        Assert.Equal("Nej", row["meets-target"]);
        await Expect(page.Locator($"#indicator-table tr[data-key='{figures.UnitId}'] td[data-figure='re-referred']")).ToHaveTextAsync(Hidden);
        await Expect(page.Locator("#indicator-note")).ToContainTextAsync("– = dolt: färre än 5");

        // Every figure of the page is the API's, hidden ones included.
        await AssertSameAsApiAsync(page, figures.Year, "unit", "unit");

        // The trend chart drew its four series (women, men, total, target) with a point each, and its table says the same.
        var trend = await DrawnPointsAsync(page, "trend-chart");
        Assert.Equal(4, trend.Length);
        Assert.All(trend, points => Assert.True(points >= 1, $"a trend series drew no point: [{string.Join(", ", trend)}]"));
        await Expect(page.Locator("#trend-chart")).ToHaveAttributeAsync("aria-describedby", "trend-table");
        await Expect(page.Locator("#trend-table tbody tr").First).ToContainTextAsync("50,0 %");
        await Step(page, "coordinator-01-indicator-per-unit");

        // Two dimensions, as the API allows: per coach and quarter — the same figures as the API again.
        await page.GetByLabel("Dela upp efter").SelectOptionAsync("coach");
        await page.GetByLabel("och sedan efter (valfritt)").SelectOptionAsync("quarter");
        await page.GetByLabel("Trend per").SelectOptionAsync("month");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa", Exact = true }).ClickAsync();
        await Expect(page.Locator("#indicator-table thead")).ToContainTextAsync("Kvartal");
        await AssertSameAsApiAsync(page, figures.Year, "coach,quarter", "coach");
        Assert.All(await DrawnPointsAsync(page, "trend-chart"), points => Assert.True(points >= 1));
        await Step(page, "coordinator-02-indicator-per-coach-and-quarter");

        // The same dimension twice breaks the API's rule, shown next to the field.
        await page.GotoAsync("/Coordinator?by1=unit&by2=unit");
        await Expect(page.Locator("#f-by2-error")).ToHaveTextAsync("Välj en eller två olika uppdelningar i listorna.");
        await Step(page, "coordinator-03-breakdown-rule");

        // The exports are the API's own files, byte for byte.
        await page.GotoAsync("/Coordinator");
        using var api = hub.Hub.As("coord-1");
        foreach (var format in new[] { "csv", "json" })
        {
            var href = await page.Locator($"#export-{format}").GetAttributeAsync("href");
            var response = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            var fromPage = await response.BodyAsync();
            var fromApi = await api.DownloadAsync($"/api/v1/indicators/closures/export?year={figures.Year}&by=unit&format={format}");
            Assert.Equal(fromApi, fromPage);
            if (format == "csv")
            {
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, fromPage[..3]);
                Assert.Contains("50,0", System.Text.Encoding.UTF8.GetString(fromPage));
            }
        }

        // In English the same figures, in English number format.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Closed to work or studies");
        await Expect(page.Locator($"#indicator-table tr[data-key='{figures.UnitId}'] td[data-figure='women-share']")).ToHaveTextAsync("50.0 %");
        await Expect(page.Locator($"#indicator-table tr[data-key='{figures.UnitId}'] td[data-figure='re-referred']")).ToHaveTextAsync("– (hidden)");
        Assert.All(await DrawnPointsAsync(page, "trend-chart"), points => Assert.True(points >= 1));
        await Step(page, "coordinator-11-indicator-english");
    }

    [Fact]
    public async Task The_service_caseload_and_follow_up_pages_draw_their_charts_and_show_no_personal_details()
    {
        var figures = await CoordinatorFigures.SeededAsync(hub);
        var page = await hub.SignedInAsync("coord-1");
        using var api = hub.Hub.As("coord-1");

        await Menu(page, "Hubbens service").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hubbens service");
        var leadTimes = await DrawnPointsAsync(page, "lead-time-chart");
        Assert.True(leadTimes.Single() >= 1, "the lead-time chart drew no bar");
        // The distribution's first bucket (decided within a day) is the API's figure: at least the 21 seeded decisions.
        var service = (await api.GetAsync($"/api/v1/indicators/service?year={figures.Year}")).Body!;
        var firstBucket = service["decisionLeadTimeDistribution"]!["cells"]![0]![0]!.GetValue<int>();
        Assert.True(firstBucket >= 21);
        await Expect(page.Locator("#lead-time-distribution tbody tr").First.Locator("td").First).ToHaveTextAsync(firstBucket.ToString(Swedish));
        await Expect(page.Locator("#volumes tfoot td[data-column='total']")).ToHaveTextAsync(service["volumesByTypeAndStatus"]!["grandTotal"]!.GetValue<int>().ToString("N0", Swedish));
        await Step(page, "coordinator-04-service");

        await Menu(page, "Ärenden per coach").ClickAsync();
        var caseload = await DrawnPointsAsync(page, "caseload-chart");
        Assert.Equal(4, caseload.Length); // active cases, recommendation 20 and 25, benchmark 30
        Assert.True(caseload[0] >= 2, "the caseload chart drew fewer bars than the two seeded coaches");
        var coach = page.Locator($"#caseload-table tr[data-key='{CoordinatorFigures.CoachA}']");
        await Expect(coach.Locator("td").Nth(1)).ToHaveTextAsync("1");
        await Expect(coach.Locator("td").Nth(2)).ToHaveTextAsync("5");
        await Expect(coach).ToContainTextAsync("Inom rekommendationen");
        await Step(page, "coordinator-05-caseload");

        await Menu(page, "Uppföljning").ClickAsync();
        await Expect(page.Locator("#follow-ups tbody tr")).ToHaveCountAsync(3);
        await Step(page, "coordinator-06-follow-ups");

        await Menu(page, "Projekt").ClickAsync();
        await Expect(page.Locator("#project-figures")).ToContainTextAsync("Stockholmskraften");
        await Step(page, "coordinator-07-projects");

        // No page of the workspace shows a seeded person's personnummer or the case's free text.
        foreach (var path in new[] { "/Coordinator", "/Coordinator?by1=coach&by2=caseType", "/Coordinator/Service", "/Coordinator/Caseload", "/Coordinator/FollowUps", "/Coordinator/Projects" })
        {
            await page.GotoAsync(path);
            var html = await page.ContentAsync();
            foreach (var person in figures.PersonalIdentityNumbers)
            {
                Assert.DoesNotContain(person[2..], html);
                Assert.DoesNotContain($"{person[2..8]}-{person[8..]}", html);
            }
            foreach (var text in figures.FreeTexts) Assert.DoesNotContain(text, html);
        }
    }

    [Fact]
    public async Task A_coordinator_adds_and_changes_a_joint_project_with_each_broken_rule_next_to_its_field()
    {
        var page = await hub.SignedInAsync("coord-2");
        await page.GotoAsync("/Coordinator/Projects");

        // Nothing filled in: every rule of the register at once, in the summary and next to each field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till projekt" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Projekt-id");
        await Expect(summary).ToContainTextAsync("Projektnamn");
        await Expect(summary).ToContainTextAsync("Mål för antal deltagare");
        await Expect(page.Locator("#f-project-name-error")).ToHaveTextAsync("måste fyllas i");
        await Expect(page.GetByLabel("Projektnamn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Step(page, "coordinator-08-project-rules");

        var id = $"unga-vuxna-{Guid.NewGuid():N}"[..19];
        await page.GetByLabel("Projekt-id").FillAsync(id);
        await page.GetByLabel("Projektnamn").FillAsync("Unga vuxna i Söderort");
        await page.GetByLabel("Projektägare").FillAsync("Arbetsmarknadsförvaltningen och Arbetsförmedlingen");
        await page.GetByLabel("Startdatum").FillAsync("2026-01-01");
        await page.GetByLabel("Slutdatum").FillAsync("2027-12-31");
        await page.GetByLabel("Mål för antal deltagare").FillAsync("40");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till projekt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Projektet {id} är tillagt.");
        await Expect(page.Locator($"#project-register tr[data-key='{id}']")).ToContainTextAsync("Unga vuxna i Söderort");

        // Changed: an end before the start is refused at the field; then the new target is saved, the id stays.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra Unga vuxna i Söderort" }).ClickAsync();
        await page.GetByLabel("Slutdatum").FillAsync("2025-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna" }).ClickAsync();
        await Expect(page.Locator("#f-project-ends-error")).ToHaveTextAsync("Slutdatumet får inte vara före startdatumet.");
        await Step(page, "coordinator-09-project-edit-rule");
        await page.GetByLabel("Slutdatum").FillAsync("2027-12-31");
        await page.GetByLabel("Mål för antal deltagare").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändringarna" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Projektet {id} är sparat.");
        await Expect(page.Locator($"#project-register tr[data-key='{id}'] td.num")).ToHaveTextAsync("60");
        Assert.Equal(60, await hub.Hub.Database.ScalarAsync<int>("""SELECT "ParticipantTarget" FROM projects WHERE "Id" = @id""", ("id", id)));
    }

    [Fact]
    public async Task Contact_persons_and_officers_are_refused_the_coordinators_pages()
    {
        foreach (var (user, path) in new[] { ("kp-33", "/Coordinator"), ("af-david", "/Coordinator/Service"), ("kp-33", "/Coordinator/Project/stockholmskraften") })
        {
            var page = await hub.SignedInAsync(user);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hubbens service" })).ToHaveCountAsync(0);
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Du har inte behörighet");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Avslutade till arbete eller studier");
            await Expect(page.Locator("canvas")).ToHaveCountAsync(0);
            if (user == "af-david") await Step(page, "coordinator-10-refused-officer");
        }
        // A contact person cannot add a project through the page either (the post is refused before the register).
        var contact = await hub.SignedInAsync("kp-33");
        var form = contact.Context.APIRequest.CreateFormData();
        form.Set("Project.id", "kontaktpersonens-projekt");
        form.Set("Project.name", "Ett projekt");
        form.Set("Project.owner", "Någon");
        form.Set("Project.starts", "2026-01-01");
        form.Set("Project.ends", "2026-12-31");
        form.Set("Project.participantTarget", "10");
        var post = await contact.Context.APIRequest.PostAsync("/Coordinator/Projects?handler=Add", new() { Form = form });
        Assert.Equal(403, post.Status);
        Assert.Equal(0L, await hub.Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM projects WHERE "Id" = 'kontaktpersonens-projekt'"""));
    }

    /// <summary>The indicator table's cells as the page shows them: data-key → data-figure → text.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> TableAsync(IPage page, string table)
    {
        var json = await page.EvaluateAsync<string>("""
            table => JSON.stringify(Object.fromEntries([...document.querySelectorAll(table + ' tr[data-key]')].map(tr =>
                [tr.dataset.key, Object.fromEntries([...tr.querySelectorAll('td[data-figure]')].map(td => [td.dataset.figure, td.textContent.trim()]))])))
            """, table);
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json)!;
    }

    private static async Task<Dictionary<string, string>> RowAsync(IPage page, string table, string key) =>
        (await TableAsync(page, table))[key];

    /// <summary>Every row and figure of the page's indicator table equals GET /api/v1/indicators/closures (null = "–").</summary>
    private async Task AssertSameAsApiAsync(IPage page, int year, string by, string firstDimension)
    {
        using var api = hub.Hub.As("coord-1");
        var (status, body) = await api.GetAsync($"/api/v1/indicators/closures?year={year}&by={by}");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var shown = await TableAsync(page, "#indicator-table");
        var rows = body!["rows"]!.AsArray().Select(r => (Key: string.Join('|', r!["group"]!.AsArray().Select(g => g!["key"]!.GetValue<string>())), Row: r!)).ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Select(r => r.Key).Append("total").Order(), shown.Keys.Order());
        Assert.Equal(firstDimension, body["by"]![0]!.GetValue<string>());
        foreach (var (key, row) in rows.Append(("total", body["total"]!)))
        {
            foreach (var gender in new[] { "women", "men", "total" })
            {
                Assert.Equal(Count(row[gender]!["closed"]), shown[key][$"{gender}-closed"]);
                Assert.Equal(Count(row[gender]!["workOrStudies"]), shown[key][$"{gender}-work-or-studies"]);
                Assert.Equal(Share(row[gender]!["sharePercent"]), shown[key][$"{gender}-share"]);
            }
            Assert.Equal(Count(row["reReferred"]), shown[key]["re-referred"]);
            Assert.Equal(Share(row["targetPercent"]), shown[key]["target"]);
        }
    }

    private static string Count(JsonNode? value) => value is null ? Hidden : value.GetValue<int>().ToString("N0", Swedish);

    private static string Share(JsonNode? value) => value is null ? Hidden : value.GetValue<decimal>().ToString("0.0", Swedish) + " %";

    /// <summary>Per dataset of the Chart.js chart on the canvas: how many points or bars it drew (hidden figures are gaps).</summary>
    private static async Task<int[]> DrawnPointsAsync(IPage page, string canvasId)
    {
        var drawn = await page.EvaluateAsync<int[]?>("""
            id => {
                const chart = window.Chart && window.Chart.getChart(document.getElementById(id));
                if (!chart) return null;
                return chart.data.datasets.map((_, i) => chart.getDatasetMeta(i).data.filter(e => !e.skip && Number.isFinite(e.y)).length);
            }
            """, canvasId);
        Assert.True(drawn is not null, $"no Chart.js chart on #{canvasId}");
        return drawn!;
    }

    private static ILocator Menu(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static async Task Step(IPage page, string name)
    {
        await BrowserHub.ScreenshotAsync(page, name);
        await BrowserHub.AssertAccessibleAsync(page);
    }
}
