using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Bus;
using KommunHubben.Operations.DeadLetters;
using KommunHubben.Persistence;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Operations;

/// <summary>
/// The administrator's failed-message tools in the web workspace: the same <see cref="DeadLetterDesk"/> khub uses, on
/// the host's own broker settings, with every re-drive and discard written to the audit log. With the in-memory bus
/// (embedded default) there are no broker queues, and without <c>Hub:Messaging:RabbitMq:DeadLetterUsername</c> (the
/// broker's admin user) the API may not read them; <see cref="Available"/> says so. Broker failures surface as
/// <see cref="DeadLetterOperationException"/> with a message the administrator can act on.
/// </summary>
public sealed class DeadLetterAdministration(HubDbContext db, IOptions<TransportOptions> transport, TimeProvider clock)
{
    public const int MaxReasonLength = 300;

    /// <summary>A problem with the request (a rule broken, not an administrator) or the work done.</summary>
    public sealed record Outcome<T>(CommandResult? Problem, T? Done);

    public bool Available => transport.Value.Transport == TransportKind.RabbitMq
                             && !string.IsNullOrWhiteSpace(transport.Value.RabbitMq.DeadLetterUsername);

    public static IReadOnlyList<string> Queues => DeadLetterDesk.Queues;

    public Task<IReadOnlyList<DeadLetterDesk.QueueCount>> ListAsync(HubUser user) => Desk(user).ListAsync();

    public Task<DeadLetterDesk.Inspection> InspectAsync(HubUser user, string queue, int max = DeadLetterDesk.DefaultInspectMax) =>
        Desk(user).InspectAsync(queue, max);

    /// <summary>Re-drives one message (by id) or, with no id, every message in the queue.</summary>
    public async Task<Outcome<DeadLetterDesk.RedriveRun>> RedriveAsync(HubUser user, string queue, string? messageId, string? reason, CancellationToken ct)
    {
        if (Check(user, queue, reason, messageRequired: false, messageId) is { } problem) return new(problem, null);
        var desk = Desk(user);
        var journal = new AuditedDeadLetterJournal(db, user, clock);
        if (messageId is not null)
        {
            var one = await desk.RedriveAsync(queue, messageId.Trim(), reason!.Trim(), journal, ct);
            return new(null, new DeadLetterDesk.RedriveRun([one], []));
        }
        return new(null, await desk.RedriveAllAsync(queue, reason!.Trim(), journal, ct));
    }

    public async Task<Outcome<DeadLetterSummary>> DiscardAsync(HubUser user, string queue, string? messageId, string? reason, CancellationToken ct)
    {
        if (Check(user, queue, reason, messageRequired: true, messageId) is { } problem) return new(problem, null);
        var summary = await Desk(user).DiscardAsync(queue, messageId!.Trim(), reason!.Trim(), new AuditedDeadLetterJournal(db, user, clock), ct);
        return new(null, summary);
    }

    private CommandResult? Check(HubUser user, string queue, string? reason, bool messageRequired, string? messageId)
    {
        if (user.Role != Role.Administrator) return new CommandResult.Forbidden("Only an administrator can re-drive or discard failed messages.");
        if (!Queues.Contains(queue, StringComparer.Ordinal)) return new CommandResult.NotFound();
        var errors = new List<ValidationError>();
        if (messageRequired && string.IsNullOrWhiteSpace(messageId)) errors.Add(new("messageId", RuleCode.Required));
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", RuleCode.Required));
        else if (reason.Trim().Length > MaxReasonLength) errors.Add(new("reason", RuleCode.TooLong, MaxReasonLength));
        return errors.Count > 0 ? new CommandResult.Invalid(errors) : null;
    }

    private DeadLetterDesk Desk(HubUser user)
    {
        if (user.Role != Role.Administrator) throw new UnauthorizedAccessException("Only an administrator can read failed messages.");
        if (!Available) throw new InvalidOperationException("The failed-message desk is not available on this host.");
        return new DeadLetterDesk(transport.Value.RabbitMq.AsDeadLetterDesk(), $"KommunHubben web: dead letters ({user.UserId})");
    }
}
