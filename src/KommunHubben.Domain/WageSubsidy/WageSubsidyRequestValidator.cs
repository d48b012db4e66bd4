using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Occupations;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// Checks a wage-subsidy request (docs/domain.md case type 3) and collects every broken rule at once, so the contact person
/// can fix all fields in one go. Rule texts never repeat the value sent: a request sits next to health data.
/// </summary>
public static partial class WageSubsidyRequestValidator
{
    /// <summary>Longest workplace description or adaptation plan.</summary>
    public const int FreeTextMaxLength = 2000;

    /// <summary>Longest reference to a decision or disability code. AF's references are short identifiers. (assumed)</summary>
    public const int ReferenceMaxLength = 100;

    private const string Prefix = "wageSubsidy.";

    public static (ValidatedWageSubsidyRequest? Request, IReadOnlyList<ValidationError> Errors) Validate(
        WageSubsidyRequestInput input, DateOnly today, WageSubsidyRulesOptions rules, SsykCatalogue occupations)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(occupations);
        var errors = new List<ValidationError>();

        var form = ParseForm(input.Form, errors);
        var employer = ValidateEmployer(input.EmployerOrganisationNumber, errors);
        var workplace = RequireText(input.Workplace, "workplace", FreeTextMaxLength, errors);
        var occupation = ValidateOccupation(input.OccupationCode, occupations, errors);
        var extent = ValidateExtent(input.ExtentPercent, errors);
        var wage = ValidateWage(input.GrossMonthlyWage, rules, errors);
        var start = ValidateStart(input.StartDate, today, errors);
        var earlier = ValidateEarlier(input.Earlier, errors);
        var months = ValidateMonths(input.RequestedMonths, form, input.Earlier, earlier, rules, errors);
        var disabilityCode = RequireText(input.DisabilityCodeReference, "disabilityCodeReference", ReferenceMaxLength, errors,
            missingRule: "is required: a wage subsidy requires an existing disability code");
        if (input.UnionConsulted is null)
            errors.Add(new(Prefix + "unionConsulted", RuleCode.YesOrNo));
        var adaptationPlan = RequireText(input.AdaptationPlan, "adaptationPlan", FreeTextMaxLength, errors);

        if (errors.Count > 0)
            return (null, errors);

        // Every value below was checked above; errors.Count == 0 means none of them is null.
        return (new ValidatedWageSubsidyRequest(
            form!.Value, employer!, workplace!, occupation!, extent!.Value, wage!.Value, start!.Value, months!.Value,
            disabilityCode!, input.UnionConsulted!.Value, adaptationPlan!, earlier), errors);
    }

    private static WageSubsidyForm? ParseForm(string? value, List<ValidationError> errors)
    {
        const string field = Prefix + "form";
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }

        // Names only: a number like "1" must not sneak through Enum.TryParse as a valid form.
        var match = Enum.GetNames<WageSubsidyForm>()
            .FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors.Add(new(field, RuleCode.NotInList, string.Join(", ", Enum.GetNames<WageSubsidyForm>())));
            return null;
        }

        return Enum.Parse<WageSubsidyForm>(match);
    }

    private static OrganisationNumber? ValidateEmployer(string? value, List<ValidationError> errors)
    {
        var parsed = OrganisationNumber.Parse(value);
        if (parsed.IsValid)
            return parsed.Value;
        errors.Add(new(Prefix + "employerOrganisationNumber", parsed.Code));
        return null;
    }

    private static SsykOccupation? ValidateOccupation(string? value, SsykCatalogue occupations, List<ValidationError> errors)
    {
        const string field = Prefix + "occupationCode";
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }

        if (!SsykCatalogue.IsFourDigitCode(value.Trim()))
        {
            errors.Add(new(field, RuleCode.OccupationFormat));
            return null;
        }

        if (!occupations.TryResolve(value, out var occupation))
        {
            errors.Add(new(field, RuleCode.OccupationUnknown));
            return null;
        }

        return occupation;
    }

    private static int? ValidateExtent(int? value, List<ValidationError> errors)
    {
        const string field = Prefix + "extentPercent";
        switch (value)
        {
            case null:
                errors.Add(new(field, RuleCode.Required));
                return null;
            case < 1 or > 100:
                errors.Add(new(field, RuleCode.PercentOfFullTime));
                return null;
            default:
                return value;
        }
    }

    private static decimal? ValidateWage(decimal? value, WageSubsidyRulesOptions rules, List<ValidationError> errors)
    {
        const string field = Prefix + "grossMonthlyWage";
        if (value is null)
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }

        if (value <= 0m)
        {
            errors.Add(new(field, RuleCode.AmountAboveZero));
            return null;
        }

        if (value > rules.MaxGrossMonthlyWage)
        {
            errors.Add(new(field, RuleCode.WageTooHigh, rules.MaxGrossMonthlyWage));
            return null;
        }

        // Kronor and öre only: a third decimal is a typing or conversion mistake. (assumed)
        if (decimal.Round(value.Value, 2) != value.Value)
        {
            errors.Add(new(field, RuleCode.AtMostTwoDecimals));
            return null;
        }

        return value;
    }

    private static DateOnly? ValidateStart(DateOnly? value, DateOnly today, List<ValidationError> errors)
    {
        const string field = Prefix + "startDate";
        if (value is null)
        {
            errors.Add(new(field, RuleCode.Required));
            return null;
        }

        // A request is made for a job that has not started yet; a past date is far more often a typing mistake than
        // a real wish for a retroactive subsidy. (assumed)
        if (value < today)
        {
            errors.Add(new(field, RuleCode.NotBeforeToday));
            return null;
        }

        return value;
    }
}
