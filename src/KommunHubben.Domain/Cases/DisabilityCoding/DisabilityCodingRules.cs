using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Domain.Cases.DisabilityCoding;

/// <summary>
/// A disability-coding request must say which categories, how the condition affects work, and carry evidence that
/// states author, title/agency and date (docs/domain.md, case type 2). AF decides; it may ask for more evidence.
/// </summary>
public static class DisabilityCodingRules
{
    public const int MaxEvidenceItems = 10;
    public const int NameMaxLength = 200;

    public static DisabilityCodingDetails? Validate(DisabilityCodingInput? input, DateOnly today, List<ValidationError> errors)
    {
        if (input is null)
        {
            errors.Add(new("disabilityCoding", RuleCode.RequiredForCaseType));
            return null;
        }
        var before = errors.Count;

        var categories = new List<DisabilityCategory>();
        if (input.Categories is null || input.Categories.Count == 0)
            errors.Add(new("disabilityCoding.categories", RuleCode.CategoryRequired));
        else
            for (var i = 0; i < input.Categories.Count; i++)
                if (FieldRules.RequireName<DisabilityCategory>(input.Categories[i], $"disabilityCoding.categories[{i}]", errors) is { } c && !categories.Contains(c))
                    categories.Add(c);

        var effect = FieldRules.RequireText(input.EffectOnWork, "disabilityCoding.effectOnWork", errors);

        var evidence = new List<EvidenceItem>();
        if (input.Evidence is null || input.Evidence.Count == 0)
            errors.Add(new("disabilityCoding.evidence", RuleCode.EvidenceRequired));
        else if (input.Evidence.Count > MaxEvidenceItems)
            errors.Add(new("disabilityCoding.evidence", RuleCode.TooManyEvidence, MaxEvidenceItems));
        else
            for (var i = 0; i < input.Evidence.Count; i++)
                if (ValidateEvidence(input.Evidence[i], $"disabilityCoding.evidence[{i}]", today, errors) is { } item)
                    evidence.Add(item);

        var attachmentIds = evidence.Where(e => e.AttachmentId is not null).Select(e => e.AttachmentId!.Value).ToList();
        if (attachmentIds.Count != attachmentIds.Distinct().Count())
            errors.Add(new("disabilityCoding.evidence", RuleCode.FileUsedTwice));

        return errors.Count > before ? null : new DisabilityCodingDetails(categories, effect!, evidence);
    }

    private static EvidenceItem? ValidateEvidence(EvidenceInput? input, string field, DateOnly today, List<ValidationError> errors)
    {
        if (input is null)
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }
        var before = errors.Count;
        var type = FieldRules.RequireName<EvidenceType>(input.Type, $"{field}.type", errors);
        var author = FieldRules.RequireText(input.Author, $"{field}.author", errors, NameMaxLength);
        var title = FieldRules.RequireText(input.TitleOrAgency, $"{field}.titleOrAgency", errors, NameMaxLength);
        if (input.Date is null) errors.Add(new($"{field}.date", RuleCode.Required));
        else if (input.Date > today) errors.Add(new($"{field}.date", RuleCode.NotInTheFuture));
        return errors.Count > before ? null : new EvidenceItem(type!.Value, author!, title!, input.Date!.Value, input.AttachmentId);
    }
}
