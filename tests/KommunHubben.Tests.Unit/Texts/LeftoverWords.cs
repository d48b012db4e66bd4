using System.Text.RegularExpressions;

namespace KommunHubben.Tests.Unit.Texts;

/// <summary>Words that give a text away as written in the other language (the browser walk keeps its own copy:
/// the test projects share no code).</summary>
internal static partial class LeftoverWords
{
    /// <summary>English words (whole words, any case) that a plain Swedish text never contains.</summary>
    public static readonly string[] English =
    [
        "must", "the", "is required", "required", "Luhn", "Granted", "routed", "skill", "load", "tie", "broken by name",
        "cannot", "should", "not", "and", "of", "with", "case", "officer", "queue", "submitted", "decided", "meeting",
        "booked", "declined", "answered", "unrouted", "at cap", "absent", "follow-up", "claimed", "moved",
    ];

    /// <summary>Swedish names an English text keeps as they are (authorities' own names).</summary>
    private static readonly HashSet<string> SwedishNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arbetsförmedlingen", "Arbetsförmedlingens", "Försäkringskassan",
    };

    public static IEnumerable<string> EnglishIn(string swedish) =>
        English.Where(word => Regex.IsMatch(swedish, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])", RegexOptions.IgnoreCase));

    /// <summary>Words with å, ä or ö in an English text, other than authorities' names.</summary>
    public static IEnumerable<string> SwedishIn(string english) =>
        SwedishWord().Matches(english).Select(m => m.Value).Where(w => !SwedishNames.Contains(w));

    [GeneratedRegex(@"\w*[åäöÅÄÖ]\w*")]
    private static partial Regex SwedishWord();
}
