using KommunHubben.Operations.DeadLetters;

namespace KommunHubben.Cli;

/// <summary>Prints a failed message's summary the way khub always has: ids, type, fault, times, counts, never the body.</summary>
public static class DeadLetterPrinter
{
    public static void WriteTo(this DeadLetterSummary m, TextWriter output, int number)
    {
        output.WriteLine($"#{number}  message id  {m.MessageId ?? "(none)"}");
        output.WriteLine($"    type        {m.MessageType}");
        output.WriteLine($"    fault       {m.Fault ?? "(no fault headers)"}");
        if (m.Consumer is { } consumer) output.WriteLine($"    consumer    {consumer}");
        output.WriteLine($"    faulted at  {m.FaultedAt ?? "(unknown)"}   sent at {m.SentAt ?? "(unknown)"}");
        output.WriteLine($"    deliveries  in-process retries {m.RetryCount ?? "?"}, taken from this queue before {m.DeliveryCount}");
        if (m.DeadLetteredFrom is { } from) output.WriteLine($"    dead-lettered from {from}");
        output.WriteLine($"    message     {m.Message}");
    }
}
