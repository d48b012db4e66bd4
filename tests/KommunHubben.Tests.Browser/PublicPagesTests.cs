using KommunHubben.Tests.Browser.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KommunHubben.Tests.Browser;

/// <summary>
/// The accessibility statement (lag 2018:1937, DIGG's template) and the privacy notice are reachable from the footer of
/// every page of every role's workspace and of the sign-in page: the links are there and lead to the pages. Reached
/// from each role (signed out too), each page has the contents the template asks for, is axe-clean, and fits a 1280 px
/// and a 390 px window without sideways scrolling. Screenshots go to artifacts/screenshots (about-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesTests(BrowserHub hub)
{
    private const string AccessibilityLink = "Tillgänglighetsredogörelse";
    private const string PrivacyLink = "Så behandlar vi personuppgifter";

    [Fact]
    public async Task The_accessibility_statement_and_privacy_notice_are_linked_from_every_page_and_complete_and_accessible()
    {
        using var api = hub.Hub.As("kp-20");
        var caseId = await api.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Cooperation", question = "Vem bokar lokalen?" } });
        var officerId = (await api.WaitForStatusAsync(caseId, "Routed", TimeSpan.FromSeconds(60)))["assignedOfficerId"]!.GetValue<string>();

        var signedOut = await hub.NewPageAsync();
        await CheckEveryPageAsync(signedOut, "signed-out", ["/Account/SignIn", "/About/Accessibility", "/About/Privacy"]);

        await CheckEveryPageAsync(await hub.SignedInAsync("kp-20"), "contact",
        [
            "/Contact", "/Contact/NewCase", "/Contact/NewCase/GeneralQuestion", "/Contact/NewCase/WageSubsidy", "/Contact/Consents",
            $"/Contact/Case/{caseId}", $"/Contact/Receipt/{caseId}", "/Notifications", "/Settings", "/Officer", "/no-such-page",
        ]);
        await CheckEveryPageAsync(await hub.SignedInAsync(officerId), "officer",
            ["/Officer", $"/Officer/Case/{caseId}", "/Notifications", "/Settings"]);
        await CheckEveryPageAsync(await hub.SignedInAsync("coord-1"), "coordinator",
            ["/Coordinator", "/Coordinator/Service", "/Coordinator/Caseload", "/Coordinator/FollowUps", "/Coordinator/Projects", "/Settings"]);
        await CheckEveryPageAsync(await hub.SignedInAsync("admin-1"), "admin",
        [
            "/Admin", "/Admin/Users", "/Admin/Officers", "/Admin/Routing", "/Admin/DeadLetters", "/Admin/Audit",
            "/Admin/Retention", "/Admin/RegisterExtract", "/Settings",
        ]);
    }

    [Fact]
    public async Task In_English_the_two_pages_have_the_same_contents_in_English()
    {
        var page = await hub.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        var footer = page.GetByRole(AriaRole.Navigation, new() { Name = "About the service" });

        await footer.GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement");
        var main = page.Locator("main");
        foreach (var heading in new[] { "How accessible is the service?", "Content that is not accessible", "Report accessibility problems", "Supervision" })
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("WCAG 2.1 level AA");
        await Expect(main).ToContainTextAsync("DIGG");
        await BrowserHub.ScreenshotAsync(page, "about-en-accessibility");
        await BrowserHub.AssertAccessibleAsync(page);

        await footer.GetByRole(AriaRole.Link, new() { Name = "How we process personal data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How we process personal data");
        foreach (var heading in new[] { "Controller", "Why we process the data", "Legal basis", "Who receives the data", "How long we keep the data", "Your rights" })
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("deleted 24 months after the case is finished");
        await BrowserHub.ScreenshotAsync(page, "about-en-privacy");
        await BrowserHub.AssertAccessibleAsync(page);
    }

    /// <summary>From every page the footer's two links lead to the two pages; then the pages themselves, as this role sees them.</summary>
    private static async Task CheckEveryPageAsync(IPage page, string role, string[] paths)
    {
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await FollowAsync(page, path, AccessibilityLink, "/About/Accessibility");
            await page.GoBackAsync();
            await FollowAsync(page, path, PrivacyLink, "/About/Privacy");
        }
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync("/About/Accessibility");
            await AssertAccessibilityStatementAsync(page);
            await AssertFitsAndAccessibleAsync(page, $"about-{role}-{width}-accessibility");
            await page.GotoAsync("/About/Privacy");
            await AssertPrivacyNoticeAsync(page);
            await AssertFitsAndAccessibleAsync(page, $"about-{role}-{width}-privacy");
        }
        await page.Context.CloseAsync();
    }

    private static async Task FollowAsync(IPage page, string from, string linkName, string target)
    {
        var footer = page.Locator("footer").GetByRole(AriaRole.Navigation, new() { Name = "Om tjänsten" });
        var link = footer.GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true });
        Assert.True(await link.CountAsync() == 1, $"{from}: the footer has no link «{linkName}»");
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(target) + "$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(linkName);
    }

    /// <summary>DIGG's template: conformance with WCAG 2.1 AA, what is not accessible, how to report a problem, and DIGG as the supervisor.</summary>
    private static async Task AssertAccessibilityStatementAsync(IPage page)
    {
        var main = page.Locator("main");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Hur tillgänglig är tjänsten?" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("lagen (2018:1937) om tillgänglighet till digital offentlig service");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Teknisk information om tjänstens tillgänglighet" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("WCAG 2.1 nivå AA");
        await Expect(main).ToContainTextAsync("delvis förenlig");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Innehåll som inte är tillgängligt" })).ToBeVisibleAsync();
        Assert.True(await main.Locator("h3 + p + ul > li").CountAsync() >= 1, "the statement lists no known shortcoming in detail");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Rapportera brister i tjänstens tillgänglighet" })).ToBeVisibleAsync();
        await Expect(main.Locator("a[href^='mailto:']").First).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Tillsyn" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("Myndigheten för digital förvaltning (DIGG)");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Anmäl bristande tillgänglighet till DIGG" })).ToHaveAttributeAsync("href", "https://www.digg.se/anmal-bristande-tillganglighet");
        await Expect(main).ToContainTextAsync("Senaste bedömningen gjordes");
    }

    /// <summary>The privacy notice: controller, purposes, legal basis, recipients, retention and the person's rights.</summary>
    private static async Task AssertPrivacyNoticeAsync(IPage page)
    {
        var main = page.Locator("main");
        await Expect(main.GetByRole(AriaRole.Heading, new() { Name = "Personuppgiftsansvarig" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("Arbetsmarknadsnämnden i Stockholms stad (organisationsnummer 212000-0142)");
        foreach (var heading in new[] { "Varför vi behandlar uppgifterna", "Rättslig grund", "Vilka som får uppgifterna", "Hur länge vi sparar uppgifterna", "Dina rättigheter" })
        {
            await Expect(main.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            // Each heading has its contents under it, not an empty section.
            Assert.True((await main.GetByRole(AriaRole.Heading, new() { Name = heading }).Locator("xpath=following-sibling::*[1]").InnerTextAsync()).Trim().Length > 20,
                $"the privacy notice's «{heading}» has nothing under it");
        }
        await Expect(main).ToContainTextAsync("artikel 6.1 e i dataskyddsförordningen");
        await Expect(main).ToContainTextAsync("gallras 24 månader efter att ärendet avslutats");
        await Expect(main).ToContainTextAsync("När det har gått ut lämnas inget mer om dig till Arbetsförmedlingen");
        await Expect(main).ToContainTextAsync("Få ett registerutdrag");
        await Expect(main).ToContainTextAsync("Integritetsskyddsmyndigheten (IMY)");
    }

    /// <summary>The words of the page's headings that the layout splits over two lines (the body may break a word
    /// anywhere rather than scroll; a heading's words should fit whole).</summary>
    private const string WordsBrokenAcrossLines = """
        () => [...document.querySelectorAll('main h1, main h2, main h3')].flatMap(h => {
            const text = h.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return [];
            const broken = [];
            for (const match of text.textContent.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(text, match.index);
                range.setEnd(text, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                if (tops.size > 1) broken.push(match[0]);
            }
            return broken;
        })
        """;

    private static async Task AssertFitsAndAccessibleAsync(IPage page, string name)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        var viewport = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        await BrowserHub.ScreenshotAsync(page, name);
        Assert.True(scrollWidth <= viewport, $"{name}: the page is {scrollWidth} px wide in a {viewport} px window");
        var broken = await page.EvaluateAsync<string[]>(WordsBrokenAcrossLines);
        Assert.True(broken.Length == 0, $"{name}: headings break words in the middle: {string.Join(", ", broken)}");
        await BrowserHub.AssertAccessibleAsync(page);
    }
}
