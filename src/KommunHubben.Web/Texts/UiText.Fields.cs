using System.Text.RegularExpressions;

namespace KommunHubben.Web.Texts;

/// <summary>The label of each form field, by the API's field name: the forms and the error summary use the same words.</summary>
public sealed partial class UiText
{

    private static readonly Regex Indexed = new(@"^(?<list>[\w.]+)\[(?<index>\d+)\](\.(?<field>\w+))?$", RegexOptions.CultureInvariant);

    /// <summary>The label for an API field name; list items are numbered from 1 ("Evidence 2: Date").</summary>
    public string FieldName(string field)
    {
        var label = Find("Field." + field) ?? Find("AdminField." + field) ?? Find("CoordinatorField." + field) ?? Find("SettingsField." + field);
        if (label is not null) return label;
        var match = Indexed.Match(field);
        if (!match.Success) return field;
        var list = FieldName(match.Groups["list"].Value);
        var number = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return match.Groups["field"].Success ? $"{list} {number}: {FieldName(match.Groups["field"].Value)}" : $"{list} {number}";
    }
}
