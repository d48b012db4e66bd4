using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Application.Cases;

/// <summary>The outcome of a use case, mapped to an HTTP status by the API.</summary>
public abstract record CommandResult
{
    public sealed record Ok(Guid CaseId, string Status, int Version) : CommandResult
    {
        /// <summary>The case's reference number, where the answer names it (submission).</summary>
        public string? Reference { get; init; }
    }
    /// <summary>Also used when the case exists but the caller may not see it: existence is not revealed.</summary>
    public sealed record NotFound : CommandResult;
    /// <summary>Claim next found no unclaimed case: a normal answer, not an error.</summary>
    public sealed record NothingLeft : CommandResult;
    public sealed record Forbidden(string Reason) : CommandResult;
    /// <summary>Nothing changed: a <see cref="ConflictCodes"/> code and its arguments, worded by the web and API layers.</summary>
    public sealed record Conflict(string Code, params object[] Args) : CommandResult;
    public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : CommandResult;
    /// <summary>Well-formed, but a rule of law or policy forbids it (no consent, protected identity). The title is the
    /// refusal's code (a RefusalReasons value), worded by the web and API layers.</summary>
    public sealed record Refused(string Title, IReadOnlyList<ValidationError> Errors) : CommandResult;
}
