using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace KommunHubben.Tests.Integration.Security;

/// <summary>What a fuzzed message must come to: the endpoint's _error queue, its _skipped queue (a message type the
/// endpoint does not consume), or — for a well-formed message about something that does not exist — either handled as a
/// no-op or failed into _error; never a crash.</summary>
public enum FuzzOutcome
{
    Error,
    Skipped,
    HandledOrError,
}

public sealed record FuzzMessage(string Kind, byte[] Body, string? ContentType, FuzzOutcome Expected)
{
    public override string ToString() => $"{Kind} ({Body.Length} bytes, {ContentType ?? "no content type"})";
}

/// <summary>
/// FsCheck generators for hostile broker messages aimed at one consumer's contracts: random bytes, broken and deeply
/// nested JSON, wrong content types, fields of the wrong type, unknown message types, and well-formed envelopes whose
/// ids are missing or unknown and whose strings are huge or full of unicode tricks and injection strings.
/// </summary>
public static class ContractFuzzing
{
    public const string MassTransitJson = "application/vnd.masstransit+json";

    private static readonly string[] TrickyStrings =
    [
        "", " ", "\u0000", "a\u0000b", "\u202Eexe.fdp", "\u200B\u200D\uFEFF", "\uD83D\uDE00\u0301\u0301",
        "'; DROP TABLE cases; --", "\" OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00%2e%2e%2f",
        "${jndi:ldap://x/a}", "{{7*7}}", "\uFFFF\uFFFE", "19121212-1212",
    ];

    /// <summary>A sample of hostile messages for an endpoint consuming <paramref name="contracts"/>.</summary>
    public static IReadOnlyList<FuzzMessage> Sample(IReadOnlyList<Type> contracts, int perKind)
    {
        var kinds = new[]
        {
            RandomBytes(),
            TruncatedEnvelope(contracts),
            DeeplyNested(contracts),
            WrongFieldTypes(contracts),
            WrongContentType(contracts),
            UnknownMessageType(),
            Plausible(contracts),
        };
        return kinds.SelectMany(kind => kind.Sample(perKind, 30)).ToList();
    }

    private static Gen<FuzzMessage> RandomBytes() =>
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
        from contentType in Gen.Elements<string?>(MassTransitJson, "application/json", "text/plain", null)
        // A leading 0xFF keeps the body from being valid JSON by chance.
        select new FuzzMessage("random bytes", [0xFF, .. bytes], contentType, FuzzOutcome.Error);

    private static Gen<FuzzMessage> TruncatedEnvelope(IReadOnlyList<Type> contracts) =>
        from contract in Gen.Elements(contracts.ToArray())
        from cut in Gen.Choose(1, 95)
        let whole = Envelope(MessageTypeOf(contract), ValidMessage(contract, Guid.NewGuid()))
        select new FuzzMessage("truncated JSON", whole[..Math.Max(1, whole.Length * cut / 100)], MassTransitJson, FuzzOutcome.Error);

    private static Gen<FuzzMessage> DeeplyNested(IReadOnlyList<Type> contracts) =>
        from contract in Gen.Elements(contracts.ToArray())
        from depth in Gen.Choose(200, 5000)
        let nested = new string('[', depth) + new string(']', depth)
        let body = Encoding.UTF8.GetString(Envelope(MessageTypeOf(contract), new JsonObject { ["caseId"] = "PLACEHOLDER" }))
            .Replace("\"PLACEHOLDER\"", nested, StringComparison.Ordinal)
        select new FuzzMessage("deep nesting", Encoding.UTF8.GetBytes(body), MassTransitJson, FuzzOutcome.Error);

    private static Gen<FuzzMessage> WrongFieldTypes(IReadOnlyList<Type> contracts) =>
        from contract in Gen.Elements(contracts.ToArray())
        from wrong in Gen.Elements<JsonNode>(12345, true, new JsonArray(1, 2), new JsonObject { ["a"] = 1 }, "not-a-guid", 1e300)
        let message = ValidMessage(contract, Guid.NewGuid())
        // The wrong value goes into a field the contract has and that cannot take it (its id, or else its first
        // Guid or time field): an unknown extra field would just be ignored.
        let withWrongId = Replace(message, StrictlyTypedField(contract), wrong)
        select new FuzzMessage("wrong field type", Envelope(MessageTypeOf(contract), withWrongId), MassTransitJson, FuzzOutcome.Error);

    private static Gen<FuzzMessage> WrongContentType(IReadOnlyList<Type> contracts) =>
        from contract in Gen.Elements(contracts.ToArray())
        from contentType in Gen.Elements("text/plain", "application/xml", "application/x-www-form-urlencoded", "image/png")
        // MassTransit reads a body of an unknown content type with its default JSON deserializer, so a well-formed
        // envelope about an unknown case is still just a no-op (and random bytes of any type fail: see RandomBytes).
        select new FuzzMessage("wrong content type", Envelope(MessageTypeOf(contract), ValidMessage(contract, Guid.NewGuid())), contentType,
            FuzzOutcome.HandledOrError);

    private static Gen<FuzzMessage> UnknownMessageType() =>
        from name in Gen.Elements("CaseExploded", "DropAllTables", "Case\u202ESubmitted", "Fault")
        select new FuzzMessage("unknown message type",
            Envelope($"urn:message:KommunHubben.Contracts:{name}", new JsonObject { ["caseId"] = Guid.NewGuid().ToString() }),
            MassTransitJson, FuzzOutcome.Skipped);

    private static Gen<FuzzMessage> Plausible(IReadOnlyList<Type> contracts) =>
        from contract in Gen.Elements(contracts.ToArray())
        from dropId in Gen.Elements(true, false)
        from text in Gen.OneOf(Gen.Elements(TrickyStrings), Gen.Choose(10_000, 300_000).Select(n => new string('å', n)))
        let message = Strings(dropId ? Without(ValidMessage(contract, Guid.NewGuid()), "caseId") : ValidMessage(contract, Guid.NewGuid()), text)
        select new FuzzMessage(dropId ? "missing id" : "unknown case, tricky strings", Envelope(MessageTypeOf(contract), message),
            MassTransitJson, FuzzOutcome.HandledOrError);

    public static string MessageTypeOf(Type contract) => $"urn:message:{contract.Namespace}:{contract.Name}";

    /// <summary>A well-formed message of the contract: every constructor parameter with a value of its type.</summary>
    public static JsonObject ValidMessage(Type contract, Guid caseId)
    {
        var message = new JsonObject();
        foreach (var (name, type) in Fields(contract))
        {
            message[name] = type switch
            {
                _ when type == typeof(Guid) => name == "caseId" ? caseId.ToString() : Guid.NewGuid().ToString(),
                _ when type == typeof(string) => "GeneralQuestion",
                _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => DateTime.UtcNow.ToString("O"),
                _ when type == typeof(DateOnly) => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
                _ when type == typeof(int) || type == typeof(long) || type == typeof(decimal) => 1,
                _ when type == typeof(bool) => false,
                _ => null,
            };
        }
        return message;
    }

    /// <summary>"caseId" if the contract has it, otherwise its first Guid, DateTime or DateOnly field.</summary>
    private static string StrictlyTypedField(Type contract)
    {
        var fields = Fields(contract);
        if (fields.Any(f => f.Name == "caseId")) return "caseId";
        return fields.First(f => f.Type == typeof(Guid) || f.Type == typeof(DateTime) || f.Type == typeof(DateOnly)).Name;
    }

    /// <summary>The contract's JSON fields: its widest constructor's parameters, camelCased, nullables unwrapped.</summary>
    private static List<(string Name, Type Type)> Fields(Type contract) =>
        contract.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters()
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name!), Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .ToList();

    public static byte[] Envelope(string messageType, JsonObject message) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["messageId"] = Guid.NewGuid().ToString(),
            ["conversationId"] = Guid.NewGuid().ToString(),
            ["messageType"] = new JsonArray(messageType),
            ["message"] = message,
            ["sentTime"] = DateTime.UtcNow.ToString("O"),
            ["headers"] = new JsonObject(),
        }.ToJsonString());

    private static JsonObject Replace(JsonObject message, string field, JsonNode value)
    {
        var copy = message.DeepClone().AsObject();
        copy[field] = value.DeepClone();
        return copy;
    }

    private static JsonObject Without(JsonObject message, string field)
    {
        var copy = message.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static JsonObject Strings(JsonObject message, string text)
    {
        var copy = message.DeepClone().AsObject();
        foreach (var (key, value) in message)
            if (value is JsonValue v && v.TryGetValue<string>(out var s) && !Guid.TryParse(s, out _) && !DateTime.TryParse(s, out _))
                copy[key] = text;
        return copy;
    }

    /// <summary>The message contracts an endpoint's consumer or workflow handler takes (the T of its IConsumer&lt;T&gt; or
    /// IWorkflowHandler&lt;T&gt; interfaces).</summary>
    public static IReadOnlyList<Type> ContractsOf(Type consumer) =>
        consumer.GetInterfaces()
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>)
                                            || i.GetGenericTypeDefinition() == typeof(KommunHubben.Workflow.Events.IWorkflowHandler<>)))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();

    public static Assembly Workflow => typeof(KommunHubben.Workflow.Events.WhenCaseSubmitted).Assembly;
}
