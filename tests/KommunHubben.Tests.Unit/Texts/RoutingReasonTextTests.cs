using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;
using KommunHubben.Web.Texts;
using static KommunHubben.Tests.Unit.Routing.RoutingFixtures;

namespace KommunHubben.Tests.Unit.Texts;

/// <summary>The routing line a case keeps is a code with ids; the officer reads it in words, with names.</summary>
public sealed class RoutingReasonTextTests
{
    private static readonly Dictionary<string, string> Names = new() { ["af-david"] = "David Ek", ["af-bilal"] = "Bilal Nur" };

    [Fact]
    public void A_routed_case_keeps_its_reason_as_a_code_and_the_page_words_it_with_the_officers_name()
    {
        OfficerState[] officers = [Bilal(2, Away(-3, 0)), David(9)];

        var outcome = RoutingPolicy.Route(Case(CaseType.WageSubsidy), officers, Today, new RoutingPolicyOptions());
        var stored = outcome.Explanation!.Serialize();

        Assert.Equal("bySkill|af-david|WageSubsidy|9|30|af-bilal:absent", stored);
        Assert.Equal("Fördelat till David Ek, som handlägger Lönebidrag. Belastning 9 av 30. Bilal Nur var frånvarande.", InSwedish(stored));
        Assert.Equal("Routed to David Ek, who handles Wage subsidy; load 9 of 30. Bilal Nur was absent.",
            UiTextCatalogueTests.InCulture("en-GB", () => new UiText().RoutingReason(stored, NameOf)));
    }

    [Fact]
    public void A_follow_up_names_the_previous_officer_and_a_claim_from_the_queue_names_both()
    {
        Assert.Equal("Fördelat till Bilal Nur, som hade personens tidigare ärende. Belastning 10 av 30.",
            InSwedish(new RoutingReason(RoutingReason.PreviousOfficer, "af-bilal", "10", "30").Serialize()));
        Assert.Equal("David Ek tog ärendet från AF-kön (det var fördelat till Bilal Nur).",
            InSwedish(new RoutingReason(RoutingReason.ClaimedFromQueue, "af-david", "af-bilal").Serialize()));
    }

    [Theory]
    [InlineData("routed to af-anna: skill GeneralQuestion, load 12/30, tie with 3 other(s) broken by name")]
    [InlineData("bySkill|af-anna")]
    public void An_older_free_text_reason_or_a_damaged_one_reads_as_routed_by_the_rules(string stored) =>
        Assert.Equal("Fördelat enligt reglerna.", InSwedish(stored));

    private static string NameOf(string id) => Names.GetValueOrDefault(id, id);

    private static string InSwedish(string stored) =>
        UiTextCatalogueTests.InCulture("sv-SE", () => new UiText().RoutingReason(stored, NameOf));
}
