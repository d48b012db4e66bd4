namespace KommunHubben.Domain.Identity;
// TEMPORARY until the real validator lands.
public sealed class PersonalIdentityNumber
{
    public string Normalized { get; init; } = "";
    public static IdentityParseResult<PersonalIdentityNumber> Parse(string? input, DateOnly today) =>
        input is { Length: >= 10 } ? new(new PersonalIdentityNumber { Normalized = new string(input.Where(char.IsDigit).ToArray()) }, null) : new(null, "bad");
}
public readonly record struct IdentityParseResult<T>(T? Value, string? Err) { public bool IsValid => Value is not null; public string Rule => Err ?? ""; }
