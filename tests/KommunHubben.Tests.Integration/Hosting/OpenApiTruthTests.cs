using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Indicators;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Hosting;

/// <summary>
/// The OpenAPI document says what the API really does (beside <see cref="OpenApiLintTests"/>, which checks its form):
/// every closed list of codes is an enum taken from the rules, the fields the rules require are required, the upload
/// limits answer what the document lists, and a case's allowedActions are the actions the caller may really take.
/// </summary>
public sealed class OpenApiTruthTests : IAsyncLifetime
{
    private EmbeddedHub _hub = null!;
    private JsonNode _document = null!;

    public async Task InitializeAsync()
    {
        _hub = await EmbeddedHub.StartAsync();
        using var http = new HttpClient { BaseAddress = _hub.Address };
        _document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public void Every_closed_list_of_codes_is_an_enum_with_exactly_the_values_the_rules_accept()
    {
        var outcomes = Enum.GetValues<CaseType>().SelectMany(t => CaseOutcomes.For(t, true)).Distinct().ToArray();
        var expected = new (string Operation, string Path, string[] Values)[]
        {
            ("SubmitCase", "caseType", Enum.GetNames<CaseType>()),
            ("SubmitCase", "generalQuestion.topic", Enum.GetNames<GeneralQuestionTopic>()),
            ("SubmitCase", "individualPlanning.kind", Enum.GetNames<IndividualPlanningKind>()),
            ("SubmitCase", "disabilityCoding.categories[]", Enum.GetNames<DisabilityCategory>()),
            ("SubmitCase", "disabilityCoding.evidence[].type", Enum.GetNames<EvidenceType>()),
            ("SubmitCase", "wageSubsidy.form", Enum.GetNames<Domain.WageSubsidy.WageSubsidyForm>()),
            ("RegisterConsent", "caseTypes[]", Enum.GetNames<CaseType>()),
            ("RegisterConsent", "givenHow", Enum.GetNames<ConsentGivenHow>()),
            ("DecideCase", "outcome", outcomes),
            ("DecideCase", "category", Enum.GetNames<DisabilityCategory>()),
            ("RejectCase", "reasonCode", RejectionReasons.All.ToArray()),
            ("CloseCase", "closureReason", Enum.GetNames<ClosureReason>()),
            ("RecordFollowUp", "kind", Enum.GetNames<FollowUpKind>()),
        };
        var missing = new List<string>();
        foreach (var (operation, path, values) in expected)
        {
            var schema = Walk(RequestSchema(operation), path);
            var listed = schema?["enum"]?.AsArray().Select(v => v!.GetValue<string>()).Order().ToArray();
            if (listed is null || !listed.SequenceEqual(values.Order()))
                missing.Add($"{operation} {path}: listed [{string.Join(", ", listed ?? [])}], the rules accept [{string.Join(", ", values.Order())}]");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));

        // The queue's filters (a parameter's schema may be a reference to the list's component).
        var queueParameters = Operation("ListMyQueue")["parameters"]!.AsArray();
        Assert.Equal(QueueFilter.Sorts.Order(), Values(Schema(queueParameters.Single(p => p!["name"]!.GetValue<string>() == "sort")!["schema"]!)));
        Assert.Equal(Enum.GetNames<CaseStatus>().Order(), Values(Schema(queueParameters.Single(p => p!["name"]!.GetValue<string>() == "status")!["schema"]!)));
    }

    [Fact]
    public async Task The_fields_listed_as_required_are_refused_when_missing_and_nothing_else_is_needed()
    {
        Assert.Equal(["caseType"], Required(RequestSchema("SubmitCase")));
        Assert.Equal(["question", "topic"], Required(Walk(RequestSchema("SubmitCase"), "generalQuestion")));
        Assert.Equal(["caseTypes", "expiresOn", "givenHow", "givenOn", "personalIdentityNumber"], Required(RequestSchema("RegisterConsent")));

        using var contact = new HubClient(_hub.Address, "kp-01");
        // Exactly the required fields: accepted (a general question needs no personnummer).
        var minimal = await contact.PostAsync("/api/v1/cases", new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines", question = "Vem svarar?" } });
        Assert.Equal(HttpStatusCode.Created, minimal.Status);
        // Each required field left out: a 400 naming it.
        foreach (var (body, field) in new (object, string)[]
                 {
                     (new { generalQuestion = new { topic = "Routines", question = "Vem svarar?" } }, "caseType"),
                     (new { caseType = "GeneralQuestion", generalQuestion = new { question = "Vem svarar?" } }, "generalQuestion.topic"),
                     (new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines" } }, "generalQuestion.question"),
                 })
        {
            var (status, problem) = await contact.PostAsync("/api/v1/cases", body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.NotNull(problem!["errors"]![field]);
        }
    }

    [Fact]
    public async Task An_upload_over_the_limit_answers_what_the_document_lists()
    {
        var responses = Operation("UploadEvidence")["responses"]!.AsObject().Select(r => r.Key).ToList();
        Assert.Contains("400", responses);
        Assert.Contains("413", responses);

        using var http = new HttpClient { BaseAddress = _hub.Address, Timeout = TimeSpan.FromSeconds(60) };
        // Just over 10 MB: the file rule, 400 naming the field. (Far over, 13 MB, the server answers 413 and closes
        // the connection while the client is still sending, which HttpClient reports as a broken pipe: not asserted.)
        foreach (var (megabytes, expected) in new[] { (11, HttpStatusCode.BadRequest) })
        {
            var pdf = new byte[megabytes * 1024 * 1024];
            "%PDF-1.7\n"u8.CopyTo(pdf);
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "intyg.pdf");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/attachments") { Content = form };
            request.Headers.Add("X-Demo-User", "kp-01");
            using var response = await http.SendAsync(request);
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(((int)expected).ToString(), responses);
        }
        Assert.DoesNotContain("fail:", _hub.Process.Log);
    }

    [Fact]
    public async Task A_case_lists_only_the_actions_its_reader_may_take()
    {
        using var contact = new HubClient(_hub.Address, "kp-01");
        var id = await contact.SubmitAsync(new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Routines", question = "Vem svarar?" } });
        var routed = await contact.WaitForStatusAsync(id, "Routed");
        using var officer = new HubClient(_hub.Address, routed["assignedOfficerId"]!.GetValue<string>());

        Assert.Equal(["Withdraw"], Actions(await contact.GetCaseAsync(id)));
        Assert.Equal(["Claim", "Reject"], Actions(await officer.GetCaseAsync(id)));
        await officer.ActAsync(id, "claim", new { });
        Assert.Equal(["Withdraw"], Actions(await contact.GetCaseAsync(id)));
        Assert.Equal(["Decide", "HandOver", "Reject", "Release", "RequestSupplement"], Actions(await officer.GetCaseAsync(id)));
        await officer.ActAsync(id, "supplement-request", new { question = "Vilket datum?" });
        Assert.Equal(["ProvideSupplement", "Withdraw"], Actions(await contact.GetCaseAsync(id)));
        Assert.Empty(Actions(await officer.GetCaseAsync(id)));
    }

    private static string[] Actions(JsonNode view) => view["allowedActions"]!.AsArray().Select(a => a!.GetValue<string>()).Order().ToArray();

    private JsonObject Operation(string operationId) =>
        _document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => o.Value))
            .OfType<JsonObject>().Single(o => o["operationId"]?.GetValue<string>() == operationId);

    private JsonNode RequestSchema(string operationId) =>
        Schema(Resolve(Operation(operationId)["requestBody"]!["content"]!["application/json"]!["schema"]!));

    /// <summary>Follows a $ref, and a nullable reference's oneOf/anyOf to its non-null branch.</summary>
    private JsonNode Schema(JsonNode node)
    {
        node = Resolve(node);
        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
            if (node[combinator] is JsonArray branches)
                return Schema(branches.First(b => Resolve(b!)["type"]?.ToString() != "null")!);
        return node;
    }

    private JsonNode Resolve(JsonNode node) =>
        node["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(_document["components"]!["schemas"]![reference.Split('/')[^1]]!)
            : node;

    /// <summary>"a.b[].c": properties by name, "[]" into a list's items.</summary>
    private JsonNode? Walk(JsonNode? schema, string path)
    {
        foreach (var step in path.Replace("[]", ".[]").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (schema is null) return null;
            schema = step == "[]" ? schema["items"] : schema["properties"]?[step];
            if (schema is not null) schema = Schema(schema);
        }
        return schema;
    }

    private static string[] Values(JsonNode? schema) =>
        schema?["enum"]?.AsArray().Select(v => v!.GetValue<string>()).Order().ToArray() ?? [];

    private static string[] Required(JsonNode? schema) =>
        schema?["required"]?.AsArray().Select(v => v!.GetValue<string>()).Order().ToArray() ?? [];
}
