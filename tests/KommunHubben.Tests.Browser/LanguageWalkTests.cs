using System.Text;
using System.Text.RegularExpressions;
using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// Every page of every role's workspace, read as its users read it: in Swedish no English leftover word and no raw id
/// where a name belongs (an id an integration needs may stand small beside the name, marked "integration-id"); in
/// English no Swedish word; at 1280 px and 390 px the page is exactly as wide as the window and no table breaks a word
/// over two lines or cuts a cell off.
/// Cases are first brought to states where decisions, supplement requests and the routing line show. Screenshots of
/// each page at both widths go to artifacts/screenshots (walk-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageWalkTests(BrowserHub hub, ITestOutputHelper output)
{
    /// <summary>Pages that show what people typed (the audit log's reasons, whichever test wrote them): leftovers of the
    /// other language there are reported, not failed.</summary>
    private static readonly HashSet<string> PagesWithPeoplesWords = new(StringComparer.Ordinal) { "admin-audit" };

    private static readonly string[] EnglishLeftovers =
    [
        "must", "the", "is required", "required", "Luhn", "Granted", "routed", "skill", "load", "tie", "broken by name",
        "cannot", "should", "not", "and", "of", "with", "case", "officer", "queue", "submitted", "decided", "meeting booked",
        "MeetingBooked", "Answered", "InformationSent", "FinancialAid", "SendSupplementToAf", "case handling", "unrouted",
        "at cap", "follow-up", "claimed", "moved",
    ];

    private static readonly Regex[] RawIds =
    [
        new(@"\bkp-\d\d\b"), new(@"\baf-[a-z]+\b"), new(@"\bjobbtorg-[a-z-]+\b"), new(@"\bek-[a-z-]+\b"),
        new(@"\bworkflow\b"), new(@"\bstockholmskraften\b"), new(@"\bcoord-\d\b"), new(@"\badmin-\d\b"),
    ];

    /// <summary>What people wrote into the cases (Swedish, as they wrote it): their words are not the workspace's.</summary>
    private static readonly string[] FreeTexts =
    [
        "Vem kallar till nästa samverkansmöte?", "Vilka insatser finns för unga vuxna?", "Samordnaren kallar, se rutinen.",
        "Samlar frågorna hos en handläggare.", "Vilken stadsdel gäller frågan?",
    ];

    /// <summary>A contact person of a unit no other browser test works in: the coordinator tests count kp-31's unit's
    /// cases exactly, so the walk's cases must not land there.</summary>
    private const string ContactPerson = "kp-05";

    private readonly List<string> _failures = [];
    private readonly StringBuilder _report = new();

    [Fact]
    public async Task Every_page_of_every_role_reads_in_one_language_with_names_and_fits_the_window()
    {
        var (decided, supplement, officerId) = await BringCasesToInterestingStatesAsync();
        var swedishNames = await ProperNamesAsync();

        foreach (var english in new[] { false, true })
        {
            await WalkAsync(ContactPerson, english, swedishNames,
            [
                ("contact-cases", "/Contact"), ("contact-new-case", "/Contact/NewCase"),
                ("contact-new-GeneralQuestion", "/Contact/NewCase/GeneralQuestion"), ("contact-new-IndividualPlanning", "/Contact/NewCase/IndividualPlanning"),
                ("contact-new-DisabilityCoding", "/Contact/NewCase/DisabilityCoding"), ("contact-new-WageSubsidy", "/Contact/NewCase/WageSubsidy"),
                ("contact-consents", "/Contact/Consents"), ("contact-case-decided", $"/Contact/Case/{decided}"),
                ("contact-case-supplement", $"/Contact/Case/{supplement}"), ("contact-notifications", "/Notifications"),
            ]);
            await WalkAsync(officerId, english, swedishNames,
            [
                ("officer-queue", "/Officer"), ("officer-case-decided", $"/Officer/Case/{decided}"),
                ("officer-case-supplement", $"/Officer/Case/{supplement}"), ("officer-notifications", "/Notifications"),
            ]);
            await WalkAsync("coord-1", english, swedishNames,
            [
                ("coordinator-indicator", "/Coordinator"), ("coordinator-service", "/Coordinator/Service"),
                ("coordinator-caseload", "/Coordinator/Caseload"), ("coordinator-followups", "/Coordinator/FollowUps"),
                ("coordinator-projects", "/Coordinator/Projects"), ("coordinator-project", "/Coordinator/Project/stockholmskraften"),
            ]);
            await WalkAsync("admin-1", english, swedishNames,
            [
                ("admin-start", "/Admin"), ("admin-users", "/Admin/Users"), ("admin-officers", "/Admin/Officers"),
                ("admin-routing", "/Admin/Routing"), ("admin-dead-letters", "/Admin/DeadLetters"), ("admin-audit", "/Admin/Audit"),
            ]);
        }

        output.WriteLine(_report.Length == 0 ? "Nothing to report." : _report.ToString());
        Assert.True(_failures.Count == 0, string.Join("\n", _failures));
    }

    private async Task WalkAsync(string userId, bool english, IReadOnlySet<string> swedishNames, (string Name, string Path)[] pages)
    {
        var page = await hub.SignedInAsync(userId);
        if (english)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
        var language = english ? "en" : "sv";
        foreach (var (name, path) in pages)
        {
            await page.SetViewportSizeAsync(1280, 900);
            var response = await page.GotoAsync(path);
            if (response is not { Ok: true }) { _failures.Add($"{language} {name}: {path} answered {response?.Status}"); continue; }
            var text = await page.EvaluateAsync<string>("() => document.body.innerText");
            CheckLanguage(language, name, text, english, swedishNames);
            if (!english) CheckIds(name, await TextBesideIntegrationIdsAsync(page));
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
                var viewport = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
                await BrowserHub.ScreenshotAsync(page, $"walk-{language}-{width}-{name}");
                await CheckWholeWordsAsync(page, $"{language} {name} at {width} px");
                if (scrollWidth == viewport) continue;
                // Every page fits: a wide table or chart scrolls or shrinks inside its own region, never the page.
                _failures.Add($"{language} {name} at {width} px: the page is {scrollWidth} px wide in a {viewport} px window");
            }
        }
        await page.Context.CloseAsync();
    }

    private void CheckLanguage(string language, string name, string text, bool english, IReadOnlySet<string> swedishNames)
    {
        var leftovers = english
            ? Regex.Matches(text, @"[\p{L}]*[åäöÅÄÖ][\p{L}]*").Select(m => m.Value).Where(w => !swedishNames.Contains(w)).Distinct().ToList()
            : EnglishLeftovers.Where(word => Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])", RegexOptions.IgnoreCase)).ToList();
        if (leftovers.Count == 0) return;
        if (PagesWithPeoplesWords.Contains(name))
            _report.AppendLine($"words: {language} {name}: {string.Join(", ", leftovers)}");
        else
            _failures.Add($"{language} {name}: {(english ? "Swedish" : "English")} words left: {string.Join(", ", leftovers)} — in «{Around(text, leftovers[0])}»");
    }

    /// <summary>Words of the page's table cells that the browser broke over two lines ("Handläg/gare"), and cells
    /// whose text is cut off by their width.</summary>
    private async Task CheckWholeWordsAsync(IPage page, string where)
    {
        var broken = await page.EvaluateAsync<string[]>("""
            () => {
                const found = [];
                for (const cell of document.querySelectorAll('table th, table td')) {
                    if (cell.closest('.visually-hidden')) continue;
                    if (cell.scrollWidth > cell.clientWidth + 1) found.push('cut: ' + cell.innerText.trim().slice(0, 30));
                    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        if (node.parentElement.closest('.visually-hidden')) continue;
                        for (const match of node.data.matchAll(/\p{L}{2,}/gu)) {
                            const range = document.createRange();
                            range.setStart(node, match.index);
                            range.setEnd(node, match.index + match[0].length);
                            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                            if (lines.size > 1) found.push(match[0]);
                        }
                    }
                }
                return [...new Set(found)];
            }
            """);
        // Every table keeps whole words: a narrow one scrolls inside its region instead.
        if (broken.Length > 0) _failures.Add($"{where}: words broken or cells cut in its tables: {string.Join(", ", broken.Take(12))}");
    }

    /// <summary>The page's text without the ids an integration or a sign-in needs, which pages show small beside the
    /// name (class "integration-id": a user's sign-in id, a unit's or project's id for the API, a queue's name).</summary>
    private static Task<string> TextBesideIntegrationIdsAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const ids = [...document.querySelectorAll('.integration-id')];
            ids.forEach(e => e.style.display = 'none');
            const text = document.body.innerText;
            ids.forEach(e => e.style.display = '');
            return text;
        }
        """);

    private void CheckIds(string name, string text)
    {
        var ids = RawIds.SelectMany(pattern => pattern.Matches(text).Select(m => m.Value)).Distinct().ToList();
        if (ids.Count == 0) return;
        _failures.Add($"sv {name}: raw ids where names belong: {string.Join(", ", ids)}");
    }

    private static string Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? "" : text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 120)).ReplaceLineEndings(" ");
    }

    /// <summary>A decided case (the routing line and the decision show) and one awaiting the contact person's supplement.</summary>
    private async Task<(Guid Decided, Guid Supplement, string OfficerId)> BringCasesToInterestingStatesAsync()
    {
        using var contact = hub.Hub.As(ContactPerson);
        var decided = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines", question = FreeTexts[0] } });
        var supplement = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Efforts", question = FreeTexts[1] } });
        var officerId = (await contact.WaitForStatusAsync(decided, "Routed", TimeSpan.FromSeconds(60)))["assignedOfficerId"]!.GetValue<string>();
        var otherOfficer = (await contact.WaitForStatusAsync(supplement, "Routed", TimeSpan.FromSeconds(60)))["assignedOfficerId"]!.GetValue<string>();

        using var officer = hub.Hub.As(officerId);
        await officer.ActAsync(decided, "claim", new { });
        await officer.ActAsync(decided, "decision", new { outcome = "Answered", explanation = FreeTexts[2] });
        using var second = hub.Hub.As(otherOfficer);
        await second.ActAsync(supplement, "claim", new { });
        if (otherOfficer != officerId)
        {
            // A hand-over places the case in the colleague's queue (Routed): they claim it before asking anything.
            await second.ActAsync(supplement, "hand-over", new { toOfficerId = officerId, explanation = FreeTexts[3] });
            await officer.ActAsync(supplement, "claim", new { });
        }
        await officer.ActAsync(supplement, "supplement-request", new { question = FreeTexts[4] });
        return (decided, supplement, officerId);
    }

    /// <summary>Names of people, units and projects, and what people wrote, which stay Swedish in the English workspace.</summary>
    private async Task<IReadOnlySet<string>> ProperNamesAsync()
    {
        var names = new List<string>();
        foreach (var table in new[] { "units", "users", "projects" })
            foreach (var row in await hub.Hub.Database.RowsAsync($"""SELECT "Name" FROM {table}"""))
                names.Add((string)row[0]!);
        return names.Concat(FreeTexts).Concat(["Arbetsförmedlingen", "Arbetsförmedlingens", "Försäkringskassan"])
            .SelectMany(n => Regex.Matches(n, @"[\p{L}]+").Select(m => m.Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
