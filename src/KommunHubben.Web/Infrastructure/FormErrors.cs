using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Texts;

namespace KommunHubben.Web.Infrastructure;

/// <summary>
/// What went wrong with the last form post: errors per field (keyed by the API's field name, e.g.
/// <c>wageSubsidy.startDate</c>) and errors about the whole action (a conflict, a refusal). The layout lists them all
/// at the top with links to the fields; each field shows its own next to it.
/// </summary>
public sealed class FormErrors
{
    private readonly List<ValidationError> _fields = [];
    private readonly List<string> _general = [];

    public IReadOnlyList<ValidationError> Fields => _fields;
    public IReadOnlyList<string> General => _general;
    public bool Any => _fields.Count > 0 || _general.Count > 0;

    /// <summary>Set when a page has several forms with the same field names: the prefix of the posted form's ids.</summary>
    public string IdPrefix { get; set; } = "";

    /// <summary>No errors: what the forms that were not posted show.</summary>
    public static FormErrors None => new();

    /// <summary>A broken rule by its code, worded when the page is rendered.</summary>
    public void Add(string field, string code, params object[] args) => _fields.Add(new ValidationError(field, code, args));

    /// <summary>A message the page has already worded (e.g. <see cref="UiText.UnreadableValue"/>).</summary>
    public void AddWorded(string field, string message) => _fields.Add(new ValidationError(field, UiText.WordedRule, message));
    public void Add(IEnumerable<ValidationError> errors) => _fields.AddRange(errors);
    public void AddGeneral(string message) => _general.Add(message);

    public IEnumerable<ValidationError> For(string field) =>
        _fields.Where(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>The HTML id of a field's input, from its API name: letters and digits kept, the rest '-'.</summary>
    public static string IdFor(string field, string prefix = "") =>
        "f-" + prefix + new string(field.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    /// <summary>Records a failed use case: field rules next to their fields, the rest at the top. True when it failed.</summary>
    public bool Record(CommandResult result, UiText text)
    {
        switch (result)
        {
            case CommandResult.Invalid invalid: Add(invalid.Errors); return true;
            case CommandResult.Refused refused: AddGeneral(UiText.RefusedTitle(refused.Title)); Add(refused.Errors); return true;
            case CommandResult.Conflict conflict: AddGeneral(UiText.WordConflict(conflict)); return true;
            case CommandResult.Forbidden forbidden: AddGeneral(forbidden.Reason); return true;
            case CommandResult.NotFound: AddGeneral(text.CaseNotFound); return true;
            case CommandResult.NothingLeft: AddGeneral(text.NothingLeftToClaim); return true;
            default: return false;
        }
    }
}
