using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Indicators;

/// <summary>
/// The coordinators' figures on a running hub: computed from the case events, identical after rebuilding the
/// projection from its history (and from the outbox alone), for coordinators only, and free of personal details.
/// </summary>
public sealed class IndicatorTests(IndicatorHub fixture) : IClassFixture<IndicatorHub>
{
    private HubDeployment Hub => fixture.Hub;

    private static readonly string[] Reporting = ["reporting_cases", "reporting_follow_ups", "reporting_refusals"];

    [Fact]
    public async Task The_indicator_counts_the_closures_made_through_the_hub_and_leaves_re_referred_out()
    {
        using var coordinator = Hub.As("coord-1");
        var (status, body) = await coordinator.GetAsync($"/api/v1/indicators/closures?year={fixture.Year}&by=unit");
        Assert.Equal(HttpStatusCode.OK, status);

        var rows = body!["rows"]!.AsArray().ToDictionary(r => r!["group"]![0]!["label"]!.GetValue<string>());
        // The API runs with threshold 1 here, so only empty groups are hidden — "nobody" (0) and "everybody" (a
        // complement of 0) say something about each person in the group, so those are hidden too.
        // Jobbtorg Söder: women 2 closed, both to work/studies (hidden: all of them); men 1 closed (other), 0 (hidden);
        // total 2 of 3 — hidden as well, because with the shown grand total (4) it would give Skärholmen's 2 away.
        var söder = rows["Jobbtorg Söder"]!;
        Assert.Equal((2, null, null), Figures(söder["women"]!));
        Assert.Equal((1, null, null), Figures(söder["men"]!));
        Assert.Equal((3, null, null), Figures(söder["total"]!));
        // Skärholmen: 3 closed, but the re-referred man is not in the denominator: 2 closed, both to work (hidden).
        var skärholmen = rows["Ekonomiskt bistånd Skärholmen"]!;
        Assert.Equal((1, null, null), Figures(skärholmen["men"]!));
        Assert.Equal((2, null, null), Figures(skärholmen["total"]!));
        // The one re-referred case is counted apart (per unit it is hidden: Skärholmen's 0 women would follow from it).
        Assert.Equal(1, body["total"]!["reReferred"]!.GetValue<int>());
        // All units: 5 closed (re-referred excluded), 4 to work or studies = 80.0 %.
        Assert.Equal((5, 4, 80.0m), Figures(body["total"]!["total"]!));
        Assert.Equal(70m, body["total"]!["targetPercent"]!.GetValue<decimal>());

        var (_, service) = await coordinator.GetAsync($"/api/v1/indicators/service?year={fixture.Year}");
        Assert.Equal([1, 1], service!["refusals"]!["cells"]!.AsArray().Select(r => r![0]!.GetValue<int>()));
        Assert.Equal(7, service["volumesByTypeAndStatus"]!["grandTotal"]!.GetValue<int>());
        // One supplement round-trip among the seven cases.
        Assert.Equal([6, 1, 0, 0], service["supplementRounds"]!["cells"]!.AsArray().Select(r => r![0]?.GetValue<int>() ?? 0));

        var (_, projects) = await coordinator.GetAsync("/api/v1/indicators/projects");
        var kvinnor = projects!["projects"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "kvinnors-etablering")!;
        // One referral, enrolled and closed to work. (Enrolled = active + closed is hidden: active is 0.)
        Assert.Equal(1, kvinnor["referred"]!.GetValue<int>());
        Assert.Equal(1, kvinnor["closedTo"]!["Work"]!.GetValue<int>());

        var (_, caseload) = await coordinator.GetAsync("/api/v1/indicators/caseload");
        var kp04 = caseload!["coaches"]!.AsArray().Single(c => c!["coachId"]!.GetValue<string>() == "kp-04")!;
        Assert.Equal((1, 5), (kp04["active"]!.GetValue<int>(), kp04["ipsScore"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Rebuilding_the_projection_from_the_event_history_gives_identical_figures()
    {
        await fixture.WaitForProjectionAsync();
        var before = await SnapshotAsync();

        // Rebuild from the reporting history.
        var rebuilt = await Khub.RunAsync(Env(), "reporting", "rebuild");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Stderr);
        Assert.Contains("0 imported from the outbox", rebuilt.Stdout);
        Assert.Equal(before, await SnapshotAsync());

        // Lose the projection and its history: the outbox still has every event, and a rebuild starts from there.
        foreach (var table in Reporting.Append("reporting_events"))
            await Hub.Database.ExecuteAsync($"DELETE FROM {table}");
        Assert.Empty((await CoordinatorAsync($"/api/v1/indicators/closures?year={fixture.Year}&by=unit"))["rows"]!.AsArray());
        var fromOutbox = await Khub.RunAsync(Env(), "reporting", "rebuild");
        Assert.True(fromOutbox.ExitCode == 0, fromOutbox.Stderr);
        Assert.DoesNotContain(" 0 imported", fromOutbox.Stdout);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Only_coordinators_see_the_indicators_and_no_answer_or_export_carries_personal_details()
    {
        string[] paths =
        [
            $"/api/v1/indicators/closures?year={fixture.Year}&by=coach,quarter", $"/api/v1/indicators/closures?year={fixture.Year}&by=project",
            $"/api/v1/indicators/closures/export?year={fixture.Year}&by=unit", $"/api/v1/indicators/closures/export?year={fixture.Year}&format=json",
            $"/api/v1/indicators/kolada?year={fixture.Year}", $"/api/v1/indicators/service?year={fixture.Year}",
            $"/api/v1/indicators/follow-ups?year={fixture.Year}", "/api/v1/indicators/projects", "/api/v1/indicators/caseload",
            "/api/v1/indicators/closure-reasons",
        ];
        using var http = new HttpClient { BaseAddress = Hub.ApiAddress };
        var everything = new StringBuilder();
        foreach (var path in paths)
        {
            foreach (var user in new[] { "kp-04", "af-anna", "admin-1" })
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(http, path, user)).StatusCode);
            using var response = await SendAsync(http, path, "coord-1");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            everything.AppendLine(await response.Content.ReadAsStringAsync());
        }
        var export = await Khub.RunAsync(Env(), "export", "indicators", "--year", fixture.Year.ToString(), "--format", "json", "--by", "coach");
        everything.AppendLine(export.Stdout);

        var text = everything.ToString();
        foreach (var secret in fixture.PersonalIdentityNumbers.Concat(fixture.FreeTexts))
            Assert.DoesNotContain(secret, text);
        // Staff appear by id only; people's names (demo names "… Kontakt", officers' names) never.
        Assert.DoesNotContain("Kontakt\"", text);
        Assert.DoesNotContain("Anna Berg", text);
        Assert.Contains("kp-04", text);

        using var bad = await SendAsync(http, $"/api/v1/indicators/closures?year={fixture.Year}&by=colour", "coord-1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"by\"", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_default_threshold_the_export_shows_dashes_for_small_groups_and_nothing_below_five()
    {
        var csv = await Khub.RunAsync(Env(), "export", "indicators", "--year", fixture.Year.ToString(), "--format", "csv", "--by", "unit");
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var lines = csv.Stdout.TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("År;Enhet;Kvinnor avslutade;", lines[0]);
        // Every group here is smaller than 5: every count is a dash; the note says why.
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Length > 0))
        {
            var counts = line.Split(';').Skip(2).ToList();
            Assert.All(counts, field => Assert.True(field == "–" || field.Contains(',') || decimal.Parse(field) >= 5 || field is "Ja" or "Nej",
                $"'{field}' in: {line}"));
        }
        Assert.Contains(lines, l => l.StartsWith("– = färre än 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Projects_are_kept_by_coordinators_and_administrators()
    {
        using var coordinator = Hub.As("coord-1");
        using var contact = Hub.As("kp-04");
        var project = new { id = "insatsmassa-2026", name = "Insatsmässa 2026", owner = "Arbetsmarknadsförvaltningen", starts = "2026-01-01", ends = "2026-12-31", participantTarget = 200 };

        Assert.Equal(HttpStatusCode.Forbidden, (await contact.PostAsync("/api/v1/projects", project)).Status);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.PostAsync("/api/v1/projects", project)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync("/api/v1/projects", project)).Status);
        var (invalid, problem) = await coordinator.PostAsync("/api/v1/projects", project with { id = "X", ends = "2025-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.NotNull(problem!["errors"]!["id"]);
        Assert.NotNull(problem["errors"]!["ends"]);

        using var http = new HttpClient { BaseAddress = Hub.ApiAddress };
        using var put = new HttpRequestMessage(HttpMethod.Put, "/api/v1/projects/insatsmassa-2026") { Content = System.Net.Http.Json.JsonContent.Create(project with { participantTarget = 250 }) };
        put.Headers.Add("X-Demo-User", "admin-1");
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(put)).StatusCode);
        var (_, list) = await contact.GetAsync("/api/v1/projects");
        Assert.Equal(250, list!.AsArray().Single(p => p!["id"]!.GetValue<string>() == "insatsmassa-2026")!["participantTarget"]!.GetValue<int>());

        // A project with cases keeps its figures: it cannot be removed. One without can.
        Assert.Equal(HttpStatusCode.Conflict, (await DeleteAsync(http, "/api/v1/projects/kvinnors-etablering", "coord-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeleteAsync(http, "/api/v1/projects/insatsmassa-2026", "coord-1")).StatusCode);
    }

    [Fact]
    public async Task A_follow_up_is_recorded_once_and_only_for_a_case_closed_to_work_or_studies()
    {
        using var contact = Hub.As("kp-04");
        var (again, _) = await contact.PostAsync($"/api/v1/cases/{fixture.WorkClosedCase}/follow-ups", new { kind = "FollowUp3Months", inWorkOrStudies = false });
        Assert.Equal(HttpStatusCode.Conflict, again);
        var (missing, problem) = await contact.PostAsync($"/api/v1/cases/{fixture.WorkClosedCase}/follow-ups", new { kind = "SelfSufficiency6Months" });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.NotNull(problem!["errors"]!["selfSufficient"]);
        using var otherUnit = Hub.As("kp-22");
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.PostAsync($"/api/v1/cases/{fixture.WorkClosedCase}/follow-ups", new { kind = "FollowUp6Months", inWorkOrStudies = true })).Status);
    }

    private static (int? Closed, int? WorkOrStudies, decimal? Share) Figures(JsonNode f) =>
        (f["closed"]?.GetValue<int>(), f["workOrStudies"]?.GetValue<int>(), f["sharePercent"]?.GetValue<decimal>());

    private Dictionary<string, string> Env() => new() { ["KHUB_DB"] = Hub.Database.ConnectionString };

    private async Task<JsonNode> CoordinatorAsync(string path)
    {
        using var coordinator = Hub.As("coord-1");
        var (status, body) = await coordinator.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!;
    }

    /// <summary>Every figure the coordinators can ask for, plus the projection's rows, as one comparable text.</summary>
    private async Task<string> SnapshotAsync()
    {
        var text = new StringBuilder();
        foreach (var path in new[]
                 {
                     $"/api/v1/indicators/closures?year={fixture.Year}&by=unit,quarter", $"/api/v1/indicators/closures?year={fixture.Year}&by=coach",
                     $"/api/v1/indicators/closures?year={fixture.Year}&by=caseType,month", $"/api/v1/indicators/closures?year={fixture.Year}&by=project",
                     $"/api/v1/indicators/service?year={fixture.Year}", $"/api/v1/indicators/follow-ups?year={fixture.Year}",
                     "/api/v1/indicators/projects", "/api/v1/indicators/caseload", $"/api/v1/indicators/kolada?year={fixture.Year}",
                 })
            text.AppendLine((await CoordinatorAsync(path)).ToJsonString());
        foreach (var row in await Hub.Database.RowsAsync("""
                     SELECT "CaseId", "Type", "UnitId", "ContactPersonId", "ProjectId", "Gender", "SubmittedAt", "Status", "OfficerId",
                            "FirstActionAt", "DecidedAt", "Outcome", "ClosedAt", "ClosureReason", "SupplementRounds", "FirstActionBreached", "DecisionBreached"
                     FROM reporting_cases ORDER BY "CaseId"
                     """))
            text.AppendLine(string.Join('|', row));
        foreach (var row in await Hub.Database.RowsAsync("""SELECT "CaseId", "Kind", "Positive", "RecordedAt" FROM reporting_follow_ups ORDER BY "CaseId", "Kind" """))
            text.AppendLine(string.Join('|', row));
        foreach (var row in await Hub.Database.RowsAsync("""SELECT "MessageId", "Reason", "CaseType", "UnitId", "At" FROM reporting_refusals ORDER BY "MessageId" """))
            text.AppendLine(string.Join('|', row));
        return text.ToString();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Demo-User", user);
        return await http.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> DeleteAsync(HttpClient http, string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, path);
        request.Headers.Add("X-Demo-User", user);
        return await http.SendAsync(request);
    }
}
