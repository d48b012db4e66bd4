using System.Text.Json.Serialization;

namespace KommunHubben.Domain.WageSubsidy;

/// <summary>
/// The earlier decision an extension request builds on: how many months of this form the person already has, and
/// AF's reference to that decision. A request without it is a first decision.
/// </summary>
/// <remarks>The JSON name <c>monthsAlreadyGranted</c> matches the field name in validation errors.</remarks>
public sealed record WageSubsidyHistory(
    [property: JsonPropertyName("monthsAlreadyGranted")] int MonthsAlreadyGrantedInThisForm,
    string EarlierDecisionReference);
