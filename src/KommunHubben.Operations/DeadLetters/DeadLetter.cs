using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KommunHubben.Messaging.Bus;
using RabbitMQ.Client;

namespace KommunHubben.Operations.DeadLetters;

/// <summary>
/// One message taken (not yet acknowledged) from an error or dead-letter queue, read the way an administrator needs it:
/// ids, type, why it failed, when, how often it was delivered. The body is never shown whole: only the top-level
/// keys of the MassTransit envelope's <c>message</c>, with the values of id-like keys.
/// </summary>
public sealed class DeadLetter
{
    /// <summary>
    /// Headers dropped on re-drive: those MassTransit 8.5 adds when it moves a faulted message to <c>_error</c>
    /// (MT-Reason, MT-Fault-*, MT-Host-*; written anew on the next fault), the quorum queue's delivery count (the input
    /// queue keeps its own) and RabbitMQ.Client's publisher sequence number (the re-publish gets its own).
    /// x-death stays: it is the message's dead-letter history.
    /// </summary>
    public static bool IsDroppedOnRedrive(string name) =>
        name.StartsWith("MT-Fault-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("MT-Host-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("MT-Reason", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-delivery-count", StringComparison.OrdinalIgnoreCase)
        || name.Equals("x-dotnet-pub-seq-no", StringComparison.OrdinalIgnoreCase);

    private readonly BasicGetResult _delivery;
    private readonly JsonElement? _envelope;

    public DeadLetter(BasicGetResult delivery)
    {
        _delivery = delivery;
        try
        {
            using var doc = JsonDocument.Parse(delivery.Body);
            _envelope = doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            _envelope = null;
        }
    }

    public ulong DeliveryTag => _delivery.DeliveryTag;
    public IReadOnlyBasicProperties Properties => _delivery.BasicProperties;
    public ReadOnlyMemory<byte> Body => _delivery.Body;
    private IDictionary<string, object?> Headers => _delivery.BasicProperties.Headers ?? new Dictionary<string, object?>();

    public string? MessageId =>
        _delivery.BasicProperties.MessageId is { Length: > 0 } id ? id : EnvelopeString("messageId");

    public bool HasId(string id) =>
        string.Equals(MessageId, id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(EnvelopeString("messageId"), id, StringComparison.OrdinalIgnoreCase);

    /// <summary>"KommunHubben.Contracts:CaseSubmitted", from the envelope's messageType (or MT's fault header).</summary>
    public string MessageType
    {
        get
        {
            if (_envelope is { } e && e.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                && types.GetArrayLength() > 0 && types[0].GetString() is { } urn)
                return urn.StartsWith("urn:message:", StringComparison.Ordinal) ? urn["urn:message:".Length..] : urn;
            return Header("MT-Fault-MessageType") ?? _delivery.BasicProperties.Type ?? "(unknown: not a MassTransit envelope)";
        }
    }

    public string? FaultReason
    {
        get
        {
            var message = Header("MT-Fault-Message");
            var type = Header("MT-Fault-ExceptionType");
            if (message is null && type is null) return Header("MT-Reason");
            return type is null ? message : $"{message} ({type})";
        }
    }

    public string? Consumer => Header("MT-Fault-ConsumerType");

    public string? FaultedAt => Header("MT-Fault-Timestamp");

    public string? SentAt => _envelope is { } e && e.TryGetProperty("sentTime", out var t) ? t.ToString() : null;

    public string? RetryCount => Header("MT-Fault-RetryCount");

    /// <summary>How often the broker has handed this message out of the queue it is in (quorum queues count returns too).</summary>
    public string DeliveryCount => Header("x-delivery-count") ?? (_delivery.Redelivered ? "redelivered" : "0");

    /// <summary>The most recent x-death entry: where the broker dead-lettered the message from, why, and how often.</summary>
    public (string Queue, string Reason, long Count)? LastDeath
    {
        get
        {
            if (!Headers.TryGetValue("x-death", out var value) || value is not IList { Count: > 0 } deaths
                || deaths[0] is not IDictionary<string, object?> death)
                return null;
            return (Text(Get(death, "queue")) ?? "?", Text(Get(death, "reason")) ?? "?",
                Get(death, "count") is { } c ? Convert.ToInt64(c, CultureInfo.InvariantCulture) : 0);
        }
    }

    /// <summary>The envelope's message, briefly: its top-level keys, with values only for ids.</summary>
    public string MessageSummary
    {
        get
        {
            if (_envelope is not { } e || !e.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
                return $"(no MassTransit envelope; {_delivery.Body.Length} bytes not shown)";
            var parts = new List<string>();
            foreach (var property in message.EnumerateObject())
            {
                var isId = property.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase)
                    || (property.Value.ValueKind == JsonValueKind.String && Guid.TryParse(property.Value.GetString(), out _));
                parts.Add(isId && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? $"{property.Name}={Shorten(property.Value.ToString(), 64)}"
                    : property.Name);
            }
            return string.Join(", ", parts);
        }
    }

    /// <summary>The queue a re-drive sends this message to: the endpoint's input queue.</summary>
    public string RedriveTarget(string fromQueue)
    {
        if (fromQueue.EndsWith(KnownEndpoints.ErrorSuffix, StringComparison.Ordinal))
            return fromQueue[..^KnownEndpoints.ErrorSuffix.Length];
        // khub-dead-letters: the broker recorded the queue it came from. A message that died in an _error queue
        // (returned there too often) still belongs to that endpoint's input queue.
        var origin = LastDeath?.Queue
            ?? throw new CannotRedriveException($"message {MessageId} in {fromQueue} has no x-death header: its original queue is unknown.");
        return origin.EndsWith(KnownEndpoints.ErrorSuffix, StringComparison.Ordinal) ? origin[..^KnownEndpoints.ErrorSuffix.Length] : origin;
    }

    /// <summary>The properties for re-publishing: everything as it was, minus the fault headers.</summary>
    public BasicProperties RedriveProperties()
    {
        var properties = new BasicProperties(_delivery.BasicProperties)
        {
            Headers = Headers.Where(h => !IsDroppedOnRedrive(h.Key)).ToDictionary(h => h.Key, h => h.Value),
            DeliveryMode = DeliveryModes.Persistent,
        };
        return properties;
    }

    /// <summary>The case the message is about (its envelope's <c>caseId</c>), so the audit log can be filtered by case.</summary>
    public Guid? CaseId =>
        _envelope is { } e && e.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
        && message.TryGetProperty("caseId", out var id) && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var caseId)
            ? caseId : null;

    /// <summary>What an administrator is shown: ids, type, fault, times and counts, never the body.</summary>
    public DeadLetterSummary Describe() => new(
        MessageId, MessageType, FaultReason is { } fault ? Shorten(fault, 300) : null, Consumer, FaultedAt, SentAt, RetryCount,
        DeliveryCount, LastDeath is { } death ? $"{death.Queue} ({death.Reason}, {death.Count}x)" : null, MessageSummary, CaseId);

    private static object? Get(IDictionary<string, object?> table, string key) => table.TryGetValue(key, out var value) ? value : null;

    private string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } value ? Text(value) : null;

    private string? EnvelopeString(string name) =>
        _envelope is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Text(object? value) => value switch
    {
        null => null,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        AmqpTimestamp ts => DateTimeOffset.FromUnixTimeSeconds(ts.UnixTime).ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Shorten(string text, int max)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= max ? oneLine : oneLine[..max] + "…";
    }
}
