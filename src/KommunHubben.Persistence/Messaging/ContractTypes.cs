using System.Text.Json;
using KommunHubben.Contracts;

namespace KommunHubben.Persistence.Messaging;

/// <summary>
/// The message types the outbox may carry, by name. Only types from the contracts assembly are allowed, so a
/// tampered row cannot make the relay instantiate an arbitrary type.
/// </summary>
public static class ContractTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(CaseSubmitted).Assembly
        .GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.Namespace == typeof(CaseSubmitted).Namespace)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type)
            ? type
            : throw new InvalidOperationException($"Outbox row names an unknown message type '{name}'.");

    public static OutboxMessage ToOutbox(object message, DateTime now)
    {
        var type = message.GetType();
        if (!ByName.ContainsKey(type.Name))
            throw new ArgumentException($"{type.Name} is not a message contract.", nameof(message));
        return new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            MessageType = type.Name,
            Body = JsonSerializer.Serialize(message, type, Json),
            CreatedAt = now,
        };
    }

    public static object FromOutbox(OutboxMessage row) =>
        JsonSerializer.Deserialize(row.Body, Resolve(row.MessageType), Json)
        ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty body.");
}
