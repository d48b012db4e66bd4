using KommunHubben.Api.Endpoints;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KommunHubben.Api.OpenApi;

/// <summary>
/// Which request fields the rules really require, as <c>required</c> in the OpenAPI document. The request types
/// declare every field nullable so that a missing one gets the field rule's 400 ("is required") instead of a parse
/// error; the document would then call every field optional. Only fields required unconditionally are listed: one
/// required for some case types only (the personnummer, the case type's own section, meeting times) stays optional
/// here and its description says when.
/// </summary>
public static class OpenApiRequired
{
    private static readonly Dictionary<Type, string[]> Fields = new()
    {
        [typeof(SubmitCaseInput)] = ["caseType"],
        [typeof(GeneralQuestionInput)] = ["topic", "question"],
        [typeof(IndividualPlanningInput)] = ["kind", "purpose"],
        [typeof(DisabilityCodingInput)] = ["categories", "effectOnWork", "evidence"],
        [typeof(EvidenceInput)] = ["type", "author", "titleOrAgency", "date"],
        [typeof(RegisterConsentInput)] = ["personalIdentityNumber", "caseTypes", "givenOn", "givenHow", "expiresOn"],
        [typeof(ConsentEndpoints.ConsentLookupRequest)] = ["personalIdentityNumber"],
        [typeof(FollowUpCommands.FollowUpInput)] = ["kind"],
    };

    public static Task DescribeType(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (context.JsonPropertyInfo is null && Fields.TryGetValue(context.JsonTypeInfo.Type, out var required))
            schema.Required = new HashSet<string>(required, StringComparer.Ordinal);
        return Task.CompletedTask;
    }
}
