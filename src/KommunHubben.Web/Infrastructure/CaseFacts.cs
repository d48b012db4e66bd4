using System.Collections;
using System.Globalization;
using System.Reflection;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// Shows a case's details or a decision (records of many shapes) as label/value rows, so one page shows every case
/// type and outcome. Labels come from <see cref="UiText.PropertyName"/>; codes are named by <see cref="UiText.Code"/>.
/// </summary>
public static class CaseFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(object? record, UiText text)
    {
        var rows = new List<(string, string)>();
        if (record is not null) Add(rows, record, "", text);
        return rows;
    }

    private static void Add(List<(string, string)> rows, object record, string prefix, UiText text)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var value = property.GetValue(record);
            var label = prefix + text.PropertyName(property.Name);
            if (value is null) continue;
            if (IsScalar(value)) { rows.Add((label, Format(value, text, property.Name))); continue; }
            if (value is IEnumerable items)
            {
                var list = items.Cast<object?>().Where(i => i is not null).ToList();
                if (list.All(i => IsScalar(i!))) { rows.Add((label, string.Join(", ", list.Select(i => Format(i!, text, property.Name))))); continue; }
                for (var i = 0; i < list.Count; i++) Add(rows, list[i]!, $"{label} {i + 1}: ", text);
                continue;
            }
            Add(rows, value, label + ": ", text);
        }
    }

    private static bool IsScalar(object value) =>
        value is string or Enum or DateOnly or DateTime or DateTimeOffset or Guid or bool || value.GetType().IsPrimitive || value is decimal
        || value.GetType().Name is "PersonalIdentityNumber" or "OrganisationNumber" or "SsykOccupation";

    /// <summary>Properties whose string value is a code (an outcome, a category …), never free text.</summary>
    private static readonly HashSet<string> CodedProperties = ["Outcome", "Category", "Categories", "Topic", "Kind", "Form", "Type"];

    private static string Format(object value, UiText text, string property) => value switch
    {
        // The stored file's id means nothing to a reader: the case's files are listed by name, type and size below.
        Guid when property == "AttachmentId" => text.AttachedFileListed,
        string s when CodedProperties.Contains(property) => text.Code(s),
        string s => s,
        Enum e => text.Code(e.ToString()),
        DateTime t => text.DateTime(t),
        DateOnly d => text.Date(d),
        bool b => b ? text.Yes : text.No,
        decimal m => m.ToString("N0", CultureInfo.CurrentCulture),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };
}
