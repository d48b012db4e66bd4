using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KommunHubben.Api.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json, described well enough to pass an independent linter
/// (ops/tools/openapi-lint, Redocly's recommended rules): what the API is, where it is served, how callers sign in,
/// what the tags mean, and the 401/429 answers every signed-in operation can give. What each endpoint does and
/// answers is declared next to the endpoint, in Endpoints/*.cs.
/// </summary>
public static class OpenApiDocumentSetup
{
    public const string DocumentName = "v1";

    private const string UnauthorizedResponse = "Unauthorized";
    private const string TooManyRequestsResponse = "TooManyRequests";
    private const string ProblemSchema = "ProblemDetails";
    private const string ProblemJson = "application/problem+json";

    /// <summary>What each tag groups, shown as the section text by documentation viewers.</summary>
    private static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Arbetsförmedlingen"] = "Calls from Arbetsförmedlingen's side: status and decision reports for forwarded cases, signed with HMAC-SHA256 instead of a hub sign-in.",
        ["Attachments"] = "Evidence files (PDF, PNG, JPEG, at most 10 MB): uploaded by a contact person before the case is submitted, read back from the case. Every read is audit-logged.",
        ["Audit"] = "The audit log of reads and changes of personal details, for administrators. Read only.",
        ["Cases"] = "Submit, list and open cases, and move them through their lifecycle: claim, supplement, decide, close, reject, hand over, release, withdraw.",
        ["Consents"] = "The consent register. Personal identity numbers travel only in request bodies, never in URLs.",
        ["Indicators"] = "The coordinators' figures: the primary indicator per gender against the year's target, caseload per coach, hub service, follow-ups and joint projects, with small groups suppressed; CSV/JSON export and the Kolada-shaped yearly summary. Never a personnummer or a name.",
        ["Me"] = "Who the hub thinks the caller is.",
        ["Notifications"] = "The caller's in-app notices about their cases.",
        ["Occupations"] = "SSYK 2012 occupation groups for the wage-subsidy form: JobTech's live label, or the shipped list when JobTech is down.",
        ["Officers"] = "Employment officers' skills, absence and load; the administrator's absence and redistribution tools.",
        ["Projects"] = "The joint-project register (Stockholmskraften, Kvinnors etablering …): everyone reads it, coordinators and administrators change it.",
        ["Queue"] = "An employment officer's own queue, the shared AF queue, and claiming the next case.",
    };

    private const string ApiDescription = """
        KommunHubben carries cases between Stockholm city's contact persons (Jobbtorg and financial-aid units) and
        Arbetsförmedlingen's hub officers: a contact person submits a case, the hub routes it to an officer's queue,
        and the officer claims, supplements, decides and closes it.

        **Signing in.** Every operation needs a signed-in hub user. The document lists the sign-in the serving hub
        accepts: in the embedded demo (`dotnet run`) the seeded demo user's id in the `X-Demo-User` header; in
        production a JWT bearer token from the identity provider in the `Authorization` header.

        **Errors** are RFC 9457 problem details (`application/problem+json`). A request that breaks a field rule gets
        400 with `errors` naming each field and its messages, and `errorCodes` with the same fields and each rule's
        stable code (e.g. `{"personalIdentityNumber": ["personnummer.wrongCheckDigit"]}`) to branch on; a refused
        submission gets 422 in the same shape; a stale `expectedVersion` gets 409. Nothing is half-saved on any error.
        Messages are in the caller's language from `Accept-Language`: Swedish (`sv`, the default) or English (`en`).

        **Personal data.** Personal identity numbers travel only in request bodies. Reads of personal details are
        audit-logged with the reason given in the optional `X-Access-Reason` header (percent-encoded UTF-8).
        """;

    /// <summary>Registers the "v1" document with the hub's info, servers, sign-in schemes, tags and common answers.</summary>
    public static void AddHubOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddOperationTransformer(AddCommonResponses);
            options.AddOperationTransformer(OpenApiEnums.DescribeParameters);
            options.AddSchemaTransformer(OpenApiEnums.DescribeProperty);
            options.AddSchemaTransformer(OpenApiRequired.DescribeType);
            options.AddDocumentTransformer(DescribeDocument);
        });
    }

    /// <summary>
    /// Documents the optional <see cref="Endpoints.AccessReason.Header"/> request header of an endpoint that reads personal
    /// details: the reason written to the audit log.
    /// </summary>
    public static TBuilder WithAccessReasonHeader<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Endpoints.AccessReason.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = $"Why the personal details are read, for the audit log: percent-encoded UTF-8, at most {Endpoints.AccessReason.MaxLength} characters. Default \"case handling\".",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    /// <summary>
    /// Operations that need a signed-in user also answer 401 (no or unknown sign-in) and 429 (rate limit); both
    /// come from middleware, not from the handler, so they are declared here once instead of on every endpoint.
    /// An operation that allows anonymous callers carries no security requirement.
    /// </summary>
    private static Task AddCommonResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        operation.Responses ??= new OpenApiResponses();
        if (!anonymous && metadata.OfType<IAuthorizeData>().Any())
            operation.Responses.TryAdd("401", new OpenApiResponseReference(UnauthorizedResponse, context.Document));
        else
            operation.Security = []; // overrides the document-wide requirement: no sign-in needed
        // The rate limiter runs for every request (Security/RateLimits.cs).
        operation.Responses.TryAdd("429", new OpenApiResponseReference(TooManyRequestsResponse, context.Document));
        return Task.CompletedTask;
    }

    private static async Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "KommunHubben API",
            Version = DocumentName,
            Summary = "Cases between Stockholm city's contact persons and Arbetsförmedlingen's hub officers.",
            Description = ApiDescription,
        };

        // The framework names the address the document was requested from, with a trailing "/" that would double
        // the slash before every path. Without a request (build-time generation) the API is relative to its host.
        var servers = (document.Servers ?? []).Where(s => !string.IsNullOrWhiteSpace(s.Url)).ToList();
        document.Servers = servers.Count == 0
            ? [new OpenApiServer { Url = "/", Description = "The host that serves this document." }]
            : servers.Select(s => new OpenApiServer { Url = s.Url!.TrimEnd('/') is { Length: > 0 } url ? url : "/", Description = "This hub." }).ToList();

        document.Components ??= new OpenApiComponents();
        await OpenApiSecurity.AddAsync(document, context);
        await AddCommonResponsesAsync(document, context, ct);

        // Tags in name order, each with its description.
        var tags = new SortedSet<OpenApiTag>(Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                tag.Description ??= description;
            tags.Add(tag);
        }
        document.Tags = tags;
    }

    private static async Task AddCommonResponsesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var components = document.Components!;
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!components.Schemas.ContainsKey(ProblemSchema))
            components.Schemas[ProblemSchema] = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: ct);

        components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        components.Responses[UnauthorizedResponse] = new OpenApiResponse
        {
            Description = "Not signed in, or the sign-in names no active hub user.",
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        };
        components.Responses[TooManyRequestsResponse] = new OpenApiResponse
        {
            Description = "Too many requests in a short time (per signed-in user for creating requests, per address when not signed in).",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        };
    }
}
