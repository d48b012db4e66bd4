using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using KommunHubben.Web.Texts;

namespace KommunHubben.Tests.Unit.Texts;

/// <summary>
/// The two resource files behind <see cref="UiText"/> hold the same keys, no empty text and the same placeholders,
/// and every text the pages ask for by name exists: a forgotten entry would otherwise show its key on a page.
/// </summary>
public sealed partial class UiTextCatalogueTests
{
    private static readonly ResourceManager Catalogue = new("KommunHubben.Web.Resources.UiText", typeof(UiText).Assembly);

    internal static IReadOnlyDictionary<string, string> Entries(string culture)
    {
        var set = Catalogue.GetResourceSet(culture == "sv" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), true, false)
            ?? throw new InvalidOperationException($"no resources for {culture}");
        return set.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");
    }

    [Fact]
    public void Swedish_and_English_hold_the_same_keys()
    {
        var swedish = Entries("sv").Keys.ToHashSet();
        var english = Entries("en").Keys.ToHashSet();
        Assert.True(swedish.Count > 600, $"only {swedish.Count} Swedish texts: is the catalogue embedded?");
        Assert.Empty(swedish.Except(english).Order());
        Assert.Empty(english.Except(swedish).Order());
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void No_text_is_empty(string culture) =>
        Assert.Empty(Entries(culture).Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));

    [Fact]
    public void Both_languages_use_the_same_placeholders_and_format_cleanly()
    {
        var english = Entries("en");
        var differing = Entries("sv")
            .Where(entry => !Placeholders(entry.Value).SetEquals(Placeholders(english[entry.Key])))
            .Select(entry => $"{entry.Key}: «{entry.Value}» / «{english[entry.Key]}»");
        Assert.Empty(differing);
        foreach (var (key, value) in Entries("sv").Concat(english))
        {
            var arguments = Enumerable.Range(0, 10).Select(i => (object)i).ToArray();
            var exception = Record.Exception(() => string.Format(CultureInfo.InvariantCulture, value, arguments));
            Assert.True(exception is null, $"{key} is not a valid format string: {exception?.Message}");
        }
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-GB")]
    public void Every_named_text_of_the_pages_is_in_the_catalogue(string culture)
    {
        var missing = InCulture(culture, () => typeof(UiText)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string) && property.GetIndexParameters().Length == 0)
            .Where(property => (string?)property.GetValue(new UiText()) == property.Name && UiText.Find(property.Name) is null)
            .Select(property => property.Name)
            .ToList());
        Assert.Empty(missing);
    }

    internal static T InCulture<T>(string culture, Func<T> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(match => match.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"(?<!\{)\{(\d+)")]
    private static partial Regex PlaceholderPattern();
}
