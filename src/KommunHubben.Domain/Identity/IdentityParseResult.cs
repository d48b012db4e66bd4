using System.Diagnostics.CodeAnalysis;

namespace KommunHubben.Domain.Identity;

/// <summary>
/// The outcome of parsing an identity number: either a <see cref="Value"/> or an <see cref="Error"/> with a
/// human-readable <see cref="Rule"/>. Parsing never throws for bad input.
/// </summary>
/// <remarks>
/// <see cref="Rule"/> is a fixed English text naming the rule that was broken; it never contains the input, so it may be
/// shown to the user, returned in problem details and logged.
/// </remarks>
public readonly record struct IdentityParseResult<T>(T? Value, IdentityNumberError? Error)
    where T : class
{
    private readonly string? _rule;

    /// <summary>An English explanation of the rule that was broken; empty when the value is valid.</summary>
    public string Rule
    {
        get => _rule ?? (Error is { } error ? DefaultRule(error) : string.Empty);
        init => _rule = value;
    }

    /// <summary>The broken rule's code for the reader's language (e.g. "personnummer.wrongCheckDigit"); empty when valid.</summary>
    public string Code => Error is not { } error ? string.Empty
        : typeof(T) == typeof(OrganisationNumber) ? Cases.Submission.RuleCode.OrganisationNumber(error)
        : Cases.Submission.RuleCode.Personnummer(error);

    /// <summary>True when <see cref="Value"/> holds a valid number.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Error is null;

    /// <summary>A successful result.</summary>
    internal static IdentityParseResult<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new IdentityParseResult<T>(value, null);
    }

    /// <summary>A failed result with the given rule text (which must not contain the input).</summary>
    internal static IdentityParseResult<T> Failure(IdentityNumberError error, string rule) =>
        new(null, error) { Rule = rule };

    private static string DefaultRule(IdentityNumberError error) =>
        typeof(T) == typeof(OrganisationNumber)
            ? IdentityNumberRules.ForOrganisationNumber(error)
            : IdentityNumberRules.ForPersonalIdentityNumber(error);
}
