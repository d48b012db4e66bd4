using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Domain.Cases;

/// <summary>
/// What a case is about, as codes only — a general question's topic, a planning request's kind, a wage subsidy's form,
/// a disability coding's categories — never free text or anything identifying the person, so lists and notices can
/// show it without reading personal details. Stored beside the case as "Code" or "Code,Code".
/// </summary>
public static class CaseSubject
{
    public const int MaxLength = 200;

    public static string? CodesOf(CaseDetails details) => details switch
    {
        GeneralQuestionDetails q => q.Topic.ToString(),
        IndividualPlanningDetails p => p.Kind.ToString(),
        WageSubsidyDetails w => w.Form.ToString(),
        DisabilityCodingDetails d => string.Join(",", d.Categories.Distinct()),
        _ => null,
    };

    public static IReadOnlyList<string> Split(string? codes) =>
        string.IsNullOrEmpty(codes) ? [] : codes.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
