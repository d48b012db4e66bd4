using System.Reflection;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Indicators;
using KommunHubben.Domain.Organisation;
using KommunHubben.Domain.WageSubsidy;
using KommunHubben.Web.Texts;

namespace KommunHubben.Tests.Unit.Texts;

/// <summary>
/// Every rule code the domain can yield and every code a page shows (statuses, outcomes, reasons, kinds, audit
/// actions …) has a text in Swedish and in English: none missing, none that is just the code, no English word left in
/// the Swedish and no Swedish word in the English.
/// </summary>
public sealed class CodeTextsTests
{
    /// <summary>(catalogue list, code): the lists UiText looks codes up in, filled from the domain's own enums and constants.</summary>
    public static TheoryData<string, string> EveryShownCode()
    {
        var data = new TheoryData<string, string>();
        void Add(string list, IEnumerable<string> codes) { foreach (var code in codes) data.Add(list, code); }
        Add("Rule", RuleCode.All);
        Add("Conflict", ConflictCodes.All);
        Add("Status", Enum.GetNames<CaseStatus>());
        Add("Action", Enum.GetNames<CaseAction>());
        Add("CaseType", Enum.GetNames<CaseType>());
        Add("Closure", Enum.GetNames<ClosureReason>());
        Add("Outcome", Constants(typeof(CaseOutcomes)));
        Add("Rejection", RejectionReasons.All);
        Add("Topic", Enum.GetNames<GeneralQuestionTopic>());
        Add("PlanningKind", Enum.GetNames<IndividualPlanningKind>());
        Add("Category", Enum.GetNames<DisabilityCategory>());
        Add("Evidence", Enum.GetNames<EvidenceType>());
        Add("WageForm", Enum.GetNames<WageSubsidyForm>());
        Add("GivenHow", Enum.GetNames<ConsentGivenHow>());
        Add("Role", Enum.GetNames<Role>());
        Add("FollowUp", Enum.GetNames<FollowUpKind>());
        Add("UnitKind", UiText.UnitKinds);
        Add("AuditAction", UiText.AuditActions);
        Add("AuditReason", UiText.AuditReasons);
        Add("Notification", UiText.NotificationKinds);
        Add("Routing", RoutingCodes());
        Add("Routing.passedOver", Domain.Routing.RoutingReason.PassedOverCodes);
        Add("RefusedTitle", Constants(typeof(Persistence.Entities.RefusalReasons)));
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryShownCode))]
    public void Each_code_has_a_Swedish_and_an_English_text(string list, string code)
    {
        var key = $"{list}.{code}";
        var swedish = UiTextCatalogueTests.InCulture("sv-SE", () => UiText.Find(key));
        var english = UiTextCatalogueTests.InCulture("en-GB", () => UiText.Find(key));

        Assert.False(string.IsNullOrWhiteSpace(swedish), $"{key} has no Swedish text");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text");
        Assert.NotEqual(key, swedish);
        Assert.NotEqual(key, english);
        Assert.Empty(LeftoverWords.EnglishIn(swedish!));
        Assert.Empty(LeftoverWords.SwedishIn(english!));
    }

    [Fact]
    public void A_rule_is_worded_with_its_arguments_in_the_readers_language()
    {
        var error = new ValidationError("wageSubsidy.requestedMonths", RuleCode.FirstDecisionMaxMonths, 12);

        Assert.Equal("Ett första beslut gäller högst 12 månader.", error.Swedish());
        Assert.Equal("the first decision covers at most 12 months", error.English());
    }

    [Fact]
    public void The_personnummer_hint_and_rule_both_say_10_or_12_digits()
    {
        var rule = new ValidationError("personalIdentityNumber", RuleCode.Personnummer(Domain.Identity.IdentityNumberError.WrongFormat)).Swedish();
        var hint = UiTextCatalogueTests.InCulture("sv-SE", () => new UiText().PersonnummerHint);

        Assert.Contains("10 eller 12 siffror", rule);
        Assert.Contains("10 eller 12 siffror", hint);
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<string> RoutingCodes() => Domain.Routing.RoutingReason.AllCodes;
}
