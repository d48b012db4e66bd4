using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Cases;

namespace KommunHubben.Application.Cases;

/// <summary>Filters and order of an officer's queue view. Unknown values are reported, not ignored.</summary>
public sealed record QueueFilter(string? Type, string? Status, string? Project, int? MinPriority, string? Sort, DateTime? DueBefore = null)
{
    public static readonly string[] Sorts = ["priority", "due", "submitted", "-submitted", "updated"];

    public IReadOnlyList<Domain.Cases.Submission.ValidationError> Check()
    {
        var errors = new List<Domain.Cases.Submission.ValidationError>();
        if (Type is not null && !Enum.TryParse<CaseType>(Type, true, out _))
            errors.Add(new("type", RuleCode.NotInList, string.Join(", ", Enum.GetNames<CaseType>())));
        if (Status is not null && !Enum.TryParse<CaseStatus>(Status, true, out _))
            errors.Add(new("status", RuleCode.NotInList, string.Join(", ", Enum.GetNames<CaseStatus>())));
        if (Sort is not null && !Sorts.Contains(Sort))
            errors.Add(new("sort", RuleCode.NotInList, string.Join(", ", Sorts)));
        return errors;
    }

    public IQueryable<Domain.Cases.CaseRecord> Apply(IQueryable<Domain.Cases.CaseRecord> cases, IQueryable<Persistence.Entities.Deadline> deadlines)
    {
        if (Type is not null) { var t = Enum.Parse<CaseType>(Type, true); cases = cases.Where(c => c.Type == t); }
        if (Status is not null) { var s = Enum.Parse<CaseStatus>(Status, true); cases = cases.Where(c => c.Status == s); }
        if (Project is not null) cases = cases.Where(c => c.ProjectId == Project);
        if (MinPriority is not null) cases = cases.Where(c => c.Priority >= MinPriority);
        if (DueBefore is not null)
        {
            var before = DueBefore.Value.ToUniversalTime();
            cases = cases.Where(c => deadlines.Any(d => d.CaseId == c.Id && d.FiredAt == null && !d.IsReminder && d.DueAt <= before));
        }
        return Sort switch
        {
            // Cases without a pending deadline sort last.
            "due" => cases.OrderBy(c => deadlines.Where(d => d.CaseId == c.Id && d.FiredAt == null && !d.IsReminder).Min(d => (DateTime?)d.DueAt) ?? DateTime.MaxValue).ThenBy(c => c.Id),
            "submitted" => cases.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id),
            "-submitted" => cases.OrderByDescending(c => c.SubmittedAt).ThenBy(c => c.Id),
            "updated" => cases.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
            _ => cases.OrderByDescending(c => c.Priority).ThenBy(c => c.SubmittedAt).ThenBy(c => c.Id),
        };
    }
}
