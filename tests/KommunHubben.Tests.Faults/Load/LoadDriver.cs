using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace KommunHubben.Tests.Faults.Load;

/// <summary>
/// Pushes cases through the whole lifecycle over HTTP with a steady concurrency: a contact person submits a general
/// question, waits until the hub has routed it, the officer it was routed to claims it, every fourth case goes through
/// a supplement round-trip (officer asks, contact person answers), then the officer decides and closes it.
/// Every action carries the version the driver last saw, so a call repeated after a lost answer can never act twice;
/// a lost answer is settled by reading the case. The driver keeps going through faults: unanswered calls, 5xx and
/// 429 are retried with back-off until the run's deadline.
/// </summary>
public sealed class LoadDriver(LoadClient client, int cases, int concurrency, TimeSpan runLimit)
{
    private const int SupplementEvery = 4;
    private static readonly string[] ContactPersons = Enumerable.Range(1, 36).Select(i => $"kp-{i:00}").ToArray();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly DateTime _deadline = DateTime.UtcNow + runLimit;
    private readonly List<Task> _lanes = [];
    private int _next;
    private int _added;
    private int _completed;

    public ConcurrentBag<DrivenCase> Accepted { get; } = [];
    public ConcurrentBag<UnansweredSubmission> Unanswered { get; } = [];
    public int Completed => Volatile.Read(ref _completed);
    public int Sent => Math.Min(Volatile.Read(ref _next), cases) + Volatile.Read(ref _added);

    /// <summary>Cases in this run: those it was started with and those a scenario added (<see cref="SubmitMoreAsync"/>).</summary>
    public int Total => cases + Volatile.Read(ref _added);

    /// <summary>The question text that identifies submission attempt <paramref name="attempt"/> of case <paramref name="number"/>.</summary>
    public string QuestionFor(int number, int attempt) => $"Fault suite {_run}: case {number}, attempt {attempt}.";

    /// <summary>Starts the lanes and returns when every case of the run, added ones included, is done with.</summary>
    public Task RunAsync()
    {
        lock (_lanes)
            for (var i = 0; i < concurrency; i++) _lanes.Add(Task.Run(LaneAsync));
        return WhenDoneAsync();
    }

    /// <summary>Returns when every lane has finished, lanes added after <see cref="RunAsync"/> included.</summary>
    public async Task WhenDoneAsync()
    {
        while (true)
        {
            Task[] lanes;
            lock (_lanes) lanes = [.. _lanes];
            await Task.WhenAll(lanes);
            lock (_lanes)
                if (_lanes.Count == lanes.Length) return;
        }
    }

    /// <summary>
    /// Adds <paramref name="count"/> cases to the run and submits them at once, each by a lane of its own that then
    /// drives it through the lifecycle like any other: for submissions at a chosen moment of a fault, when the running
    /// lanes may all be waiting for routing. Returns the cases the hub accepted (201), once each submission has its answer.
    /// </summary>
    public async Task<IReadOnlyList<DrivenCase>> SubmitMoreAsync(int count)
    {
        var submitted = Enumerable.Range(0, count)
            .Select(_ => new TaskCompletionSource<DrivenCase?>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        lock (_lanes)
            foreach (var first in submitted)
                _lanes.Add(Task.Run(() => AddedCaseAsync(cases + Interlocked.Increment(ref _added), first)));
        return (await Task.WhenAll(submitted.Select(f => f.Task))).OfType<DrivenCase>().ToList();
    }

    /// <summary>Waits until at least <paramref name="count"/> cases are accepted (or the run ends).</summary>
    public async Task WhenAcceptedAsync(int count)
    {
        while (Accepted.Count < count && Sent < Total && DateTime.UtcNow < _deadline) await Task.Delay(20);
    }

    private async Task LaneAsync()
    {
        while (true)
        {
            var number = Interlocked.Increment(ref _next);
            if (number > cases) return;
            var driven = await SubmitAsync(number);
            if (driven is not null) await DriveAsync(driven);
        }
    }

    private async Task AddedCaseAsync(int number, TaskCompletionSource<DrivenCase?> submitted)
    {
        DrivenCase? driven;
        try
        {
            driven = await SubmitAsync(number);
        }
        catch (Exception ex)
        {
            submitted.TrySetException(ex);
            throw;
        }
        submitted.TrySetResult(driven);
        if (driven is not null) await DriveAsync(driven);
    }

    /// <summary>Submits case <paramref name="number"/> until the hub accepts it (null: not before the run's deadline).</summary>
    private async Task<DrivenCase?> SubmitAsync(int number)
    {
        var contactPerson = ContactPersons[number % ContactPersons.Length];
        for (var attempt = 1; DateTime.UtcNow < _deadline; attempt++)
        {
            var question = QuestionFor(number, attempt);
            var reply = await client.PostAsync(contactPerson, "/api/v1/cases", new
            {
                caseType = "GeneralQuestion",
                generalQuestion = new { topic = "Other", question },
            });
            if (reply.Status == HttpStatusCode.Created)
            {
                var driven = new DrivenCase
                {
                    Number = number, Id = reply.Body!["id"]!.GetValue<Guid>(), ContactPerson = contactPerson, AcceptedAt = DateTime.UtcNow,
                    Version = reply.Body["version"]!.GetValue<int>(),
                };
                Accepted.Add(driven);
                return driven;
            }
            if (reply.Unanswered) Unanswered.Add(new UnansweredSubmission(number, attempt, contactPerson, question));
            else if (!Retryable(reply.Status!.Value))
                throw new InvalidOperationException($"Submission refused with {(int)reply.Status}: {reply.Body?.ToJsonString()}");
            await BackOffAsync(attempt);
        }
        return null;
    }

    private async Task DriveAsync(DrivenCase c)
    {
        if (await DriveThroughLifecycleAsync(c)) Interlocked.Increment(ref _completed);
    }

    private async Task<bool> DriveThroughLifecycleAsync(DrivenCase c)
    {
        var routed = await WaitUntilRoutedAsync(c);
        if (!routed) return false;
        var officer = c.Officer!;
        if (!await ActAsync(c, officer, "claim", new(), "Claimed")) return false;
        if (c.Number % SupplementEvery == 0)
        {
            if (!await ActAsync(c, officer, "supplement-request", new() { ["question"] = "Vilka insatser har personen haft hittills?" }, "AwaitingSupplement"))
                return false;
            if (!await ActAsync(c, c.ContactPerson, "supplement", new() { ["answer"] = "Praktik och språkstöd under våren." }, "Claimed"))
                return false;
            c.SupplementRounds++;
        }
        if (!await ActAsync(c, officer, "decision", new() { ["outcome"] = "Answered", ["explanation"] = "Svar skickat till kontaktpersonen." }, "Decided"))
            return false;
        return await ActAsync(c, officer, "close", new() { ["closureReason"] = "Work" }, "Closed");
    }

    private async Task<bool> WaitUntilRoutedAsync(DrivenCase c)
    {
        for (var attempt = 1; DateTime.UtcNow < _deadline; attempt++)
        {
            var reply = await client.GetAsync(c.ContactPerson, $"/api/v1/cases/{c.Id}");
            if (reply.Status == HttpStatusCode.OK && reply.Body!["status"]!.GetValue<string>() is var status && status != "Submitted")
            {
                if (status != "Routed") return GiveUp(c, $"expected Routed after submission, found {status}");
                c.Officer = reply.Body["assignedOfficerId"]!.GetValue<string>();
                c.Version = reply.Body["version"]!.GetValue<int>();
                c.LastStatus = status;
                return true;
            }
            if (reply.Status is { } s && s != HttpStatusCode.OK && !Retryable(s))
                return GiveUp(c, $"reading the case answered {(int)s}: {reply.Body?.ToJsonString()}");
            await Task.Delay(Math.Min(100 + 50 * attempt, 500));
        }
        return GiveUp(c, "not routed before the run's deadline");
    }

    /// <summary>One lifecycle step, with the version last seen. A lost or conflicting answer is settled by reading
    /// the case: one version further and in the target status means the earlier call went through.</summary>
    private async Task<bool> ActAsync(DrivenCase c, string user, string action, Dictionary<string, object?> body, string target)
    {
        body["expectedVersion"] = c.Version;
        for (var attempt = 1; DateTime.UtcNow < _deadline; attempt++)
        {
            var reply = await client.PostAsync(user, $"/api/v1/cases/{c.Id}/{action}", body);
            if (reply.Status == HttpStatusCode.OK)
            {
                c.Version = reply.Body!["version"]!.GetValue<int>();
                c.LastStatus = reply.Body["status"]!.GetValue<string>();
                return c.LastStatus == target || GiveUp(c, $"{action} left the case {c.LastStatus}, expected {target}");
            }
            if (reply.Unanswered || reply.Status == HttpStatusCode.Conflict)
            {
                var check = await client.GetAsync(user, $"/api/v1/cases/{c.Id}");
                if (check.Status == HttpStatusCode.OK)
                {
                    var version = check.Body!["version"]!.GetValue<int>();
                    var status = check.Body["status"]!.GetValue<string>();
                    if (version == c.Version + 1 && status == target)
                    {
                        c.Version = version;
                        c.LastStatus = status;
                        return true;
                    }
                    if (version != c.Version)
                        return GiveUp(c, $"{action}: the case moved to {status} v{version} behind the driver's back (driver had v{c.Version})");
                }
            }
            else if (!Retryable(reply.Status!.Value))
                return GiveUp(c, $"{action} by {user} answered {(int)reply.Status}: {reply.Body?.ToJsonString()}");
            await BackOffAsync(attempt);
        }
        return GiveUp(c, $"{action} not done before the run's deadline");
    }

    private static bool Retryable(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.RequestTimeout;

    private static Task BackOffAsync(int attempt) => Task.Delay(Math.Min(100 * attempt, 1000));

    private static bool GiveUp(DrivenCase c, string why)
    {
        c.GaveUp = why;
        return false;
    }
}
