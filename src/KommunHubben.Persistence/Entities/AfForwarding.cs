namespace KommunHubben.Persistence.Entities;

/// <summary>
/// Where a case stands with Arbetsförmedlingen's side: one row per case, written when the gateway is asked to forward
/// it. The hub shows "forwarded" from it; the poller finds the cases whose AF status may still change. No personal
/// data: ids, codes, counts and times only.
/// </summary>
public sealed class AfForwarding
{
    public required Guid CaseId { get; init; }
    /// <summary>The Idempotency-Key of the forwarding call: the same on every attempt and every redelivery.</summary>
    public required string IdempotencyKey { get; init; }
    public AfForwardingStatus Status { get; private set; } = AfForwardingStatus.Pending;
    /// <summary>Deliveries of the forwarding command that reached the HTTP client (each may hold several HTTP attempts).</summary>
    public int Attempts { get; private set; }
    /// <summary>Why the last attempt failed, as a code (e.g. <c>http_503</c>, <c>timeout</c>, <c>circuit_open</c>).</summary>
    public string? LastError { get; private set; }
    public string? AfReference { get; private set; }
    public required DateTime RequestedAt { get; init; }
    public DateTime? ForwardedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>AF's last reported status code (e.g. <c>Received</c>, <c>InProgress</c>, <c>Decided</c>) and outcome code.</summary>
    public string? AfStatus { get; private set; }
    public string? AfOutcome { get; private set; }
    public DateTime? AfStatusAt { get; private set; }
    /// <summary>The entity tag of AF's last answer to a poll, sent back as If-None-Match.</summary>
    public string? AfETag { get; private set; }
    public DateTime? LastPolledAt { get; private set; }
    /// <summary>The AF status the hub last acknowledged to AF.</summary>
    public string? AcknowledgedStatus { get; private set; }
    /// <summary>Supplements (answers to AF's questions) sent to AF so far.</summary>
    public int SupplementsSent { get; private set; }

    public void RecordFailedAttempt(string error, bool final, DateTime at)
    {
        Attempts++;
        LastError = error;
        if (final && Status != AfForwardingStatus.Forwarded) Status = AfForwardingStatus.Failed;
        UpdatedAt = at;
    }

    public void RecordForwarded(string afReference, DateTime at)
    {
        Attempts++;
        Status = AfForwardingStatus.Forwarded;
        AfReference = afReference;
        ForwardedAt = at;
        LastError = null;
        UpdatedAt = at;
    }

    /// <summary>Records a reported status once; returns false for a report already recorded or older than the last one.</summary>
    public bool RecordAfStatus(string status, string? outcome, DateTime reportedAt, DateTime now)
    {
        if (AfStatusAt is { } last && (reportedAt < last || (reportedAt == last && AfStatus == status)))
            return false;
        AfStatus = status;
        AfOutcome = outcome;
        AfStatusAt = reportedAt;
        UpdatedAt = now;
        return true;
    }

    public void RecordPoll(string? etag, DateTime at)
    {
        if (etag is not null) AfETag = etag;
        LastPolledAt = at;
    }

    public void RecordAcknowledged(string status, DateTime at)
    {
        AcknowledgedStatus = status;
        UpdatedAt = at;
    }

    public void RecordSupplementSent(int number, DateTime at)
    {
        SupplementsSent = Math.Max(SupplementsSent, number);
        UpdatedAt = at;
    }
}

public enum AfForwardingStatus
{
    Pending,
    Forwarded,
    Failed,
}
