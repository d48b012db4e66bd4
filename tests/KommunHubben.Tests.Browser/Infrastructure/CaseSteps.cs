using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace KommunHubben.Tests.Browser.Infrastructure;

/// <summary>Steps the officer's-day tests share: a routed case and its reference, page-width checks, screenshots with axe.</summary>
public static class CaseSteps
{
    /// <summary>A general question from the contact person, routed by the worker; returns its id and reference.</summary>
    public static async Task<(Guid Id, string Reference)> RoutedQuestionAsync(BrowserHub hub, string contactId, string topic = "Routines")
    {
        using var contact = hub.Hub.As(contactId);
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic, question = "Hur anmäler vi ett planeringsmöte?" } });
        var routed = await contact.WaitForStatusAsync(id, "Routed", TimeSpan.FromSeconds(60));
        var reference = routed["reference"]!.GetValue<string>();
        Assert.Matches(new Regex(@"^KH-\d{4}-\d{6}$"), reference);
        return (id, reference);
    }

    /// <summary>The page is exactly as wide as the window at 1280 and 390 px: no sideways scrolling of the whole page.</summary>
    public static async Task AssertFitsAsync(BrowserHub hub, string userId, string path, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await hub.SignedInAsync(userId, new ViewportSize { Width = width, Height = 900 });
            await page.GotoAsync(path);
            await BrowserHub.ScreenshotAsync(page, $"{name}-{width}");
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var wide = await page.EvaluateAsync<string>(
                "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-wrap'))" +
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')", width);
            Assert.True(scroll == width, $"{path} at {width} px is {scroll} px wide: {wide}");
            await page.Context.CloseAsync();
        }
    }

    public static async Task StepAsync(IPage page, string name)
    {
        await BrowserHub.ScreenshotAsync(page, name);
        await BrowserHub.AssertAccessibleAsync(page);
    }
}
