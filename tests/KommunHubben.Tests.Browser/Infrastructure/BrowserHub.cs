using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace KommunHubben.Tests.Browser.Infrastructure;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHub>
{
    public const string Name = "browser";
}

/// <summary>
/// A hub of its own for the coordinator's pages: their figures are worked out by hand from <see cref="CoordinatorFigures"/>,
/// and any other test's closure in any unit changes them — a small count elsewhere makes the suppression hide a second
/// cell of its column, which can be the seeded unit's (seen in the whole suite, never alone).
/// </summary>
[CollectionDefinition(Name)]
public sealed class CoordinatorCollection : ICollectionFixture<BrowserHub>
{
    public const string Name = "browser-coordinator";
}

/// <summary>
/// One production-shaped hub (worker + API processes on the real RabbitMQ and PostgreSQL) and one headless Debian
/// chromium for the whole browser suite; each test opens its own browser contexts (cookie jars) per person. Tests use
/// their own contact persons and personnummer, so they share the hub without touching each other's cases.
/// </summary>
public sealed class BrowserHub : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public HubDeployment Hub { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public Uri Address => Hub.ApiAddress;
    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Hub = await HubDeployment.CreateAsync();
        await Hub.StartWorkerAsync();
        await Hub.StartApiAsync(new Dictionary<string, string>
        {
            // The test hub is served over http://127.0.0.1, like the embedded demo.
            ["Hub__Authentication__Cookie__SecurePolicy"] = "SameAsRequest",
            // Every test signs in several people from one address; the limits themselves are tested separately.
            ["Hub__RateLimits__SignInsPerMinute"] = "1000",
            ["Hub__RateLimits__AnonymousPerMinute"] = "10000",
            // The administrators' failed-message page works as the broker's admin user, like in production.
            ["Hub__Messaging__RabbitMq__DeadLetterUsername"] = TestServices.RabbitUserFor(HubRole.Admin).User,
            ["Hub__Messaging__RabbitMq__DeadLetterPassword"] = TestServices.RabbitUserFor(HubRole.Admin).Password,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
        // Two shared cores: a post that saves, publishes and redirects can take more than Playwright's default 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        // The package's bundled driver (node + playwright-core) runs offline; the browser is Debian's, never a download.
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KHUB_TEST_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // Playwright gives every launch a fresh, temporary user-data-dir of its own.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a desktop window, or the given viewport.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, float scale = 1)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            DeviceScaleFactor = scale,
            Locale = "sv-SE",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh context signed in as the demo user, through the sign-in page as a person would.</summary>
    public async Task<IPage> SignedInAsync(string userId, ViewportSize? viewport = null, float scale = 1)
    {
        var page = await NewPageAsync(viewport, scale);
        await page.GotoAsync("/");
        await page.GetByLabel("Användare").SelectOptionAsync(userId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Du är inloggad som");
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>axe-core on the page as it is now: no serious or critical violation (WCAG 2.1 A and AA rules and best practice).</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(severe.Count == 0, $"axe-core on {page.Url}:\n" + string.Join("\n", severe.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Hub is not null) await Hub.DisposeAsync();
    }
}
