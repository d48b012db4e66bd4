using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Identity;

namespace KommunHubben.Domain.Consents;

/// <summary>
/// Consent (samtycke) under OSL 2009:400: personal information crosses between the city and AF only with the person's
/// consent, recorded with scope, date given, how, and expiry. A case about a person needs a consent that is in force
/// on the day of submission and covers the case's type.
/// </summary>
public static class ConsentRules
{
    /// <summary>Longest consent the hub records without renewal (assumed: one year; configurable later).</summary>
    public const int MaxValidityDays = 366;

    public const int InformationScopeMaxLength = 1000;

    /// <summary>A case needs consent whenever it names a person; a general question without a person does not.</summary>
    public static bool IsRequired(CaseType type, bool namesAPerson) => namesAPerson || type != CaseType.GeneralQuestion;

    /// <summary>Why a consent does not cover a case of this type today (a <see cref="RuleCode"/>), or null when it does.</summary>
    public static string? WhyNotCovering(IReadOnlySet<CaseType> scope, DateOnly givenOn, DateOnly expiresOn, bool withdrawn, CaseType type, DateOnly today)
    {
        if (withdrawn) return RuleCode.ConsentWithdrawn;
        if (today < givenOn) return RuleCode.ConsentNotYetInForce;
        if (today > expiresOn) return RuleCode.ConsentExpired;
        if (!scope.Contains(type)) return RuleCode.ConsentDoesNotCoverType;
        return null;
    }

    public static (ValidatedConsent? Consent, IReadOnlyList<ValidationError> Errors) Validate(RegisterConsentInput input, DateOnly today)
    {
        var errors = new List<ValidationError>();

        PersonalIdentityNumber? person = null;
        if (string.IsNullOrWhiteSpace(input.PersonalIdentityNumber))
            errors.Add(new("personalIdentityNumber", RuleCode.Required));
        else
        {
            var parsed = PersonalIdentityNumber.Parse(input.PersonalIdentityNumber, today);
            if (parsed.IsValid) person = parsed.Value;
            else errors.Add(new("personalIdentityNumber", parsed.Code));
        }

        var types = new HashSet<CaseType>();
        if (input.CaseTypes is null || input.CaseTypes.Count == 0)
            errors.Add(new("caseTypes", RuleCode.ConsentCaseTypeRequired));
        else
        {
            for (var i = 0; i < input.CaseTypes.Count; i++)
            {
                var name = Enum.GetNames<CaseType>().FirstOrDefault(n => string.Equals(n, input.CaseTypes[i]?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (name is null) errors.Add(new($"caseTypes[{i}]", RuleCode.NotInList, string.Join(", ", Enum.GetNames<CaseType>())));
                else types.Add(Enum.Parse<CaseType>(name));
            }
        }

        var scope = input.InformationScope?.Trim();
        if (scope is { Length: > InformationScopeMaxLength })
            errors.Add(new("informationScope", RuleCode.TooLong, InformationScopeMaxLength));

        var how = Enum.GetNames<ConsentGivenHow>().FirstOrDefault(n => string.Equals(n, input.GivenHow?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (how is null) errors.Add(new("givenHow", RuleCode.NotInList, string.Join(", ", Enum.GetNames<ConsentGivenHow>())));

        if (input.GivenOn is null) errors.Add(new("givenOn", RuleCode.Required));
        else if (input.GivenOn > today) errors.Add(new("givenOn", RuleCode.NotInTheFuture));

        if (input.ExpiresOn is null) errors.Add(new("expiresOn", RuleCode.Required));
        else if (input.ExpiresOn < today) errors.Add(new("expiresOn", RuleCode.NotInThePast));
        else if (input.GivenOn is { } given && input.ExpiresOn.Value.DayNumber - given.DayNumber > MaxValidityDays)
            errors.Add(new("expiresOn", RuleCode.ConsentTooLong, MaxValidityDays));

        if (errors.Count > 0) return (null, errors);
        return (new ValidatedConsent(person!, types, string.IsNullOrEmpty(scope) ? null : scope,
            input.GivenOn!.Value, Enum.Parse<ConsentGivenHow>(how!), input.ExpiresOn!.Value), errors);
    }
}
