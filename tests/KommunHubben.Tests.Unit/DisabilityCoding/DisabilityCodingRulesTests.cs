using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;

namespace KommunHubben.Tests.Unit.DisabilityCoding;

public class DisabilityCodingRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static EvidenceInput Certificate() => new("MedicalCertificate", "Dr Eva Läkare", "Vårdcentralen Rinkeby", Today.AddDays(-10), null);

    private static DisabilityCodingInput Valid() => new(
        ["Cognitive", "languagespeech"],
        "Behöver skriftliga instruktioner och extra tid vid nya uppgifter.",
        [Certificate(), new EvidenceInput("NeuropsychiatricAssessment", "Psykolog Ali Nord", "Habiliteringen", Today.AddMonths(-3), Guid.NewGuid())]);

    [Fact]
    public void A_request_with_categories_effect_and_dated_evidence_is_accepted()
    {
        var errors = new List<ValidationError>();
        var details = DisabilityCodingRules.Validate(Valid(), Today, errors);

        Assert.Empty(errors);
        Assert.Equal([DisabilityCategory.Cognitive, DisabilityCategory.LanguageSpeech], details!.Categories);
        Assert.Equal(2, details.Evidence.Count);
    }

    public static TheoryData<DisabilityCodingInput?, string, string> Broken() => new()
    {
        { null, "disabilityCoding", "is required for this case type" },
        { Valid() with { Categories = [] }, "disabilityCoding.categories", "at least one category" },
        { Valid() with { Categories = ["Cognitive", "Sleepy"] }, "disabilityCoding.categories[1]", "must be one of" },
        { Valid() with { EffectOnWork = "" }, "disabilityCoding.effectOnWork", "is required" },
        { Valid() with { EffectOnWork = new string('a', 4001) }, "disabilityCoding.effectOnWork", "at most 4000" },
        { Valid() with { Evidence = [] }, "disabilityCoding.evidence", "at least one piece of evidence" },
        { Valid() with { Evidence = Enumerable.Repeat(Certificate(), 11).ToArray() }, "disabilityCoding.evidence", "at most 10" },
        { Valid() with { Evidence = [Certificate() with { Type = "Horoscope" }] }, "disabilityCoding.evidence[0].type", "must be one of" },
        { Valid() with { Evidence = [Certificate() with { Author = null }] }, "disabilityCoding.evidence[0].author", "is required" },
        { Valid() with { Evidence = [Certificate() with { TitleOrAgency = new string('x', 201) }] }, "disabilityCoding.evidence[0].titleOrAgency", "at most 200" },
        { Valid() with { Evidence = [Certificate() with { Date = null }] }, "disabilityCoding.evidence[0].date", "is required" },
        { Valid() with { Evidence = [Certificate() with { Date = Today.AddDays(1) }] }, "disabilityCoding.evidence[0].date", "cannot be in the future" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_rule_names_its_field(DisabilityCodingInput? input, string field, string rule)
    {
        var errors = new List<ValidationError>();

        Assert.Null(DisabilityCodingRules.Validate(input, Today, errors));
        Assert.Contains(rule, Assert.Single(errors, e => e.Field == field).English());
    }

    [Fact]
    public void One_attached_file_cannot_back_two_pieces_of_evidence()
    {
        var file = Guid.NewGuid();
        var errors = new List<ValidationError>();

        DisabilityCodingRules.Validate(Valid() with { Evidence = [Certificate() with { AttachmentId = file }, Certificate() with { AttachmentId = file }] }, Today, errors);

        Assert.Contains("one piece of evidence only", Assert.Single(errors).English());
    }
}
