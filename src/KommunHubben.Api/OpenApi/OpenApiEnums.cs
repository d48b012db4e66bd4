using System.Text.Json.Nodes;
using KommunHubben.Api.Endpoints;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.WageSubsidy;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KommunHubben.Api.OpenApi;

/// <summary>
/// The closed lists behind the API's string fields, listed as <c>enum</c> in the OpenAPI document: the request and
/// answer types carry codes as plain strings (so a wrong code gets the field rule's 400, not a parse error), which
/// the document would otherwise show as any string. Each list is taken from the code that checks it, so the
/// document cannot drift from the rules.
/// </summary>
public static class OpenApiEnums
{
    private static string[] Names<TEnum>() where TEnum : struct, Enum => Enum.GetNames<TEnum>();

    private static readonly string[] Outcomes = Enum.GetValues<CaseType>()
        .SelectMany(t => CaseOutcomes.For(t, taggedToProject: true)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>(declaring type, JSON property name) → allowed values; for a list property, the values of its items.</summary>
    private static readonly Dictionary<(Type, string), string[]> Properties = new()
    {
        [(typeof(SubmitCaseInput), "caseType")] = Names<CaseType>(),
        [(typeof(GeneralQuestionInput), "topic")] = Names<GeneralQuestionTopic>(),
        [(typeof(IndividualPlanningInput), "kind")] = Names<IndividualPlanningKind>(),
        [(typeof(DisabilityCodingInput), "categories")] = Names<DisabilityCategory>(),
        [(typeof(EvidenceInput), "type")] = Names<EvidenceType>(),
        [(typeof(WageSubsidyRequestInput), "form")] = Names<WageSubsidyForm>(),
        [(typeof(RegisterConsentInput), "caseTypes")] = Names<CaseType>(),
        [(typeof(RegisterConsentInput), "givenHow")] = Names<ConsentGivenHow>(),
        [(typeof(CaseActionRequest), "outcome")] = Outcomes,
        [(typeof(CaseActionRequest), "reasonCode")] = RejectionReasons.All.Order(StringComparer.Ordinal).ToArray(),
        [(typeof(CaseActionRequest), "closureReason")] = Names<ClosureReason>(),
        [(typeof(CaseActionRequest), "category")] = Names<DisabilityCategory>(),
        [(typeof(FollowUpCommands.FollowUpInput), "kind")] = Names<FollowUpKind>(),
        [(typeof(CaseSummary), "type")] = Names<CaseType>(),
        [(typeof(CaseSummary), "status")] = Names<CaseStatus>(),
        [(typeof(CaseSummary), "outcome")] = Outcomes,
        [(typeof(CaseView), "type")] = Names<CaseType>(),
        [(typeof(CaseView), "status")] = Names<CaseStatus>(),
        [(typeof(CaseView), "outcome")] = Outcomes,
        [(typeof(CaseView), "closureReason")] = Names<ClosureReason>(),
        [(typeof(CaseView), "allowedActions")] = Names<CaseAction>(),
        [(typeof(CaseOverview), "allowedActions")] = Names<CaseAction>(),
        [(typeof(CaseStep), "action")] = Names<CaseAction>(),
        [(typeof(CaseStep), "fromStatus")] = Names<CaseStatus>(),
        [(typeof(CaseStep), "toStatus")] = Names<CaseStatus>(),
    };

    /// <summary>Query parameters with a closed list, by name (the same name means the same list across the API).</summary>
    private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
    {
        ["type"] = Names<CaseType>(),
        ["status"] = Names<CaseStatus>(),
        ["sort"] = QueueFilter.Sorts,
        ["format"] = ["csv", "json"],
    };

    public static Task DescribeProperty(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonPropertyInfo is { } property
            && Properties.TryGetValue((property.DeclaringType, property.Name), out var values))
            Restrict(schema.Items as OpenApiSchema ?? schema, values);
        return Task.CompletedTask;
    }

    public static Task DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name
                && Parameters.TryGetValue(name, out var values) && parameter.Schema is OpenApiSchema schema)
                Restrict(schema, values);
        return Task.CompletedTask;
    }

    private static void Restrict(OpenApiSchema schema, IEnumerable<string> values) =>
        schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
}
