using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Texts;

namespace KommunHubben.Tests.Unit;

/// <summary>A broken rule worded as the API words it for an English-speaking caller (the rules' tests read these).</summary>
internal static class RuleWording
{
    public static string English(this ValidationError error) =>
        Texts.UiTextCatalogueTests.InCulture("en-GB", () => UiText.WordRule(error));

    public static string Swedish(this ValidationError error) =>
        Texts.UiTextCatalogueTests.InCulture("sv-SE", () => UiText.WordRule(error));
}
