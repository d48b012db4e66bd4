using System.Text;
using System.Text.Encodings.Web;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Html;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// Renders one form field the same way everywhere: a label, an optional hint, the field's errors next to it
/// (linked with aria-describedby, aria-invalid set) and the input. Field names are the API's (e.g.
/// <c>wageSubsidy.startDate</c>), posted as <c>{prefix}.{name}</c> so they bind to the same input records the API
/// reads, and the domain's errors find their field by the same name.
/// </summary>
public sealed class FieldRenderer(FormErrors errors, UiText text, string? prefix, string idPrefix = "")
{
    private static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    private string Id(string field) => FormErrors.IdFor(field, idPrefix);

    private string Name(string field) => prefix is null ? field : $"{prefix}.{field}";

    public IHtmlContent Text(string field, object? value, string? hint = null, string type = "text",
        string? bindName = null, string? autocomplete = null, string? extra = null, string? label = null)
    {
        var (open, describedBy, invalid) = Open(field, label ?? text.FieldName(field), hint);
        var attributes = $" autocomplete=\"{E(autocomplete ?? "off")}\"" + (extra is null ? "" : " " + extra);
        return Close(open.Append($"<input class=\"input\" type=\"{type}\" id=\"{Id(field)}\" name=\"{E(Name(bindName ?? field))}\" value=\"{E(Format(value, type))}\"{describedBy}{invalid}{attributes}>"));
    }

    public IHtmlContent TextArea(string field, string? value, string? hint = null, int rows = 4, string? label = null)
    {
        var (open, describedBy, invalid) = Open(field, label ?? text.FieldName(field), hint);
        return Close(open.Append($"<textarea class=\"input\" id=\"{Id(field)}\" name=\"{E(Name(field))}\" rows=\"{rows}\"{describedBy}{invalid}>{E(value)}</textarea>"));
    }

    public IHtmlContent Select(string field, IEnumerable<(string Value, string Label)> options, string? selected,
        string? hint = null, string? emptyLabel = "", string? label = null)
    {
        var (open, describedBy, invalid) = Open(field, label ?? text.FieldName(field), hint);
        open.Append($"<select class=\"input\" id=\"{Id(field)}\" name=\"{E(Name(field))}\"{describedBy}{invalid}>");
        if (emptyLabel is not null) open.Append($"<option value=\"\">{E(emptyLabel)}</option>");
        foreach (var (v, l) in options)
            open.Append($"<option value=\"{E(v)}\"{(string.Equals(v, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{E(l)}</option>");
        return Close(open.Append("</select>"));
    }

    /// <summary>A group of radio buttons (one choice) or check boxes (several), in a fieldset with a legend.</summary>
    public IHtmlContent Choices(string field, IEnumerable<(string Value, string Label)> options, IEnumerable<string>? selected,
        bool multiple, string? hint = null, string? legend = null)
    {
        legend ??= text.FieldName(field);
        var id = Id(field);
        var rules = errors.For(field).ToList();
        var chosen = new HashSet<string>(selected ?? [], StringComparer.OrdinalIgnoreCase);
        var html = new StringBuilder($"<div class=\"field{(rules.Count > 0 ? " field-error" : "")}\"><fieldset");
        var describedBy = Describe(id, hint, rules);
        html.Append(describedBy).Append($"><legend>{E(legend)}</legend>");
        AppendHintAndErrors(html, id, hint, rules);
        var i = 0;
        foreach (var (v, l) in options)
        {
            var optionId = i++ == 0 ? id : $"{id}-{i}";
            html.Append($"<div class=\"choice\"><input type=\"{(multiple ? "checkbox" : "radio")}\" id=\"{optionId}\" name=\"{E(Name(field))}\" value=\"{E(v)}\"{(chosen.Contains(v) ? " checked" : "")}>")
                .Append($"<label for=\"{optionId}\">{E(l)}</label></div>");
        }
        return new HtmlString(html.Append("</fieldset></div>").ToString());
    }

    private (StringBuilder Html, string DescribedBy, string Invalid) Open(string field, string label, string? hint)
    {
        var id = Id(field);
        var rules = errors.For(field).ToList();
        var html = new StringBuilder($"<div class=\"field{(rules.Count > 0 ? " field-error" : "")}\"><label for=\"{id}\">{E(label)}</label>");
        AppendHintAndErrors(html, id, hint, rules);
        return (html, Describe(id, hint, rules), rules.Count > 0 ? " aria-invalid=\"true\"" : "");
    }

    private void AppendHintAndErrors(StringBuilder html, string id, string? hint, List<ValidationError> rules)
    {
        if (hint is not null) html.Append($"<p class=\"hint\" id=\"{id}-hint\">{E(hint)}</p>");
        if (rules.Count > 0)
            html.Append($"<p class=\"error-message\" id=\"{id}-error\">{string.Join("<br>", rules.Select(r => E(text.Rule(r))))}</p>");
    }

    private static string Describe(string id, string? hint, List<ValidationError> rules)
    {
        var ids = new List<string>();
        if (hint is not null) ids.Add($"{id}-hint");
        if (rules.Count > 0) ids.Add($"{id}-error");
        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    private static HtmlString Close(StringBuilder html) => new(html.Append("</div>").ToString());

    private static string? Format(object? value, string type) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t when type == "datetime-local" => t.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
