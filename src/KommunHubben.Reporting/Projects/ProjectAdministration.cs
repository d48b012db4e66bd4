using System.Text.RegularExpressions;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Reporting.Projects;

/// <summary>The joint-project register (Stockholmskraften, Kvinnors etablering, …): coordinators and administrators
/// add projects and change their owner, period and participant target; a project no case is tagged to can be removed.</summary>
public sealed partial class ProjectAdministration(HubDbContext db)
{
    public sealed record ProjectInput(string? Id, string? Name, string? Owner, DateOnly? Starts, DateOnly? Ends, int? ParticipantTarget);

    public sealed record ProjectView(string Id, string Name, string Owner, DateOnly Starts, DateOnly Ends, int ParticipantTarget);

    public abstract record Result
    {
        public sealed record Ok(ProjectView Project) : Result;
        public sealed record Invalid(IReadOnlyList<ValidationError> Errors) : Result;
        public sealed record NotFound : Result;
        /// <summary>The <see cref="RuleCode"/> of why not.</summary>
        public sealed record Conflict(string Code) : Result;
    }

    public async Task<IReadOnlyList<ProjectView>> ListAsync(CancellationToken ct) =>
        (await db.Projects.AsNoTracking().OrderBy(p => p.Starts).ThenBy(p => p.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task<Result> AddAsync(ProjectInput input, CancellationToken ct)
    {
        var errors = Validate(input, requireId: true);
        if (errors.Count > 0) return new Result.Invalid(errors);
        if (await db.Projects.AnyAsync(p => p.Id == input.Id, ct))
            return new Result.Conflict(RuleCode.ProjectIdTaken);
        var project = new JointProject
        {
            Id = input.Id!, Name = input.Name!.Trim(), Owner = input.Owner!.Trim(),
            Starts = input.Starts!.Value, Ends = input.Ends!.Value, ParticipantTarget = input.ParticipantTarget!.Value,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return new Result.Ok(View(project));
    }

    public async Task<Result> UpdateAsync(string id, ProjectInput input, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return new Result.NotFound();
        var errors = Validate(input with { Id = id }, requireId: false);
        if (errors.Count > 0) return new Result.Invalid(errors);
        project.Name = input.Name!.Trim();
        project.Owner = input.Owner!.Trim();
        project.Starts = input.Starts!.Value;
        project.Ends = input.Ends!.Value;
        project.ParticipantTarget = input.ParticipantTarget!.Value;
        await db.SaveChangesAsync(ct);
        return new Result.Ok(View(project));
    }

    public async Task<Result> RemoveAsync(string id, CancellationToken ct)
    {
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return new Result.NotFound();
        if (await db.Cases.AnyAsync(c => c.ProjectId == id, ct))
            return new Result.Conflict(RuleCode.ProjectInUse);
        db.Projects.Remove(project);
        await db.SaveChangesAsync(ct);
        return new Result.Ok(View(project));
    }

    private const int MaxNameLength = 200;

    private static List<ValidationError> Validate(ProjectInput input, bool requireId)
    {
        var errors = new List<ValidationError>();
        if (requireId && (input.Id is null || !IdPattern().IsMatch(input.Id)))
            errors.Add(new ValidationError("id", string.IsNullOrEmpty(input.Id) ? RuleCode.Required : RuleCode.ProjectIdFormat));
        RequireName(input.Name, "name", errors);
        RequireName(input.Owner, "owner", errors);
        if (input.Starts is null) errors.Add(new ValidationError("starts", RuleCode.Required));
        if (input.Ends is null) errors.Add(new ValidationError("ends", RuleCode.Required));
        else if (input.Starts is not null && input.Ends < input.Starts) errors.Add(new ValidationError("ends", RuleCode.EndBeforeStart));
        if (input.ParticipantTarget is not (>= 0 and <= 1_000_000))
            errors.Add(new ValidationError("participantTarget", RuleCode.ParticipantTargetRange));
        return errors;
    }

    private static void RequireName(string? value, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new ValidationError(field, RuleCode.Required));
        else if (value.Trim().Length > MaxNameLength) errors.Add(new ValidationError(field, RuleCode.TooLong, MaxNameLength));
    }

    private static ProjectView View(JointProject p) => new(p.Id, p.Name, p.Owner, p.Starts, p.Ends, p.ParticipantTarget);

    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    private static partial Regex IdPattern();
}
