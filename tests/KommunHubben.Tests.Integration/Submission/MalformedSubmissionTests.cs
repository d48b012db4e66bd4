using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KommunHubben.Contracts;
using KommunHubben.Tests.Integration.Infrastructure;
using Xunit.Abstractions;

namespace KommunHubben.Tests.Integration.Submission;

/// <summary>
/// Issue 3, point 2: a table of malformed submissions — every field of every case type missing, of the wrong JSON
/// type, out of range, with a wrong check digit, too long, with control characters, with dates that break a rule —
/// and of refused evidence files. Each gets an HTTP problem naming the field and the rule, never echoes an identity
/// number, and leaves no row, file or broker message behind. Every malformed body is a valid baseline with ONE field
/// broken; a test proves the baselines themselves are accepted.
/// </summary>
/// <remarks>
/// One deployment serves the whole class through <see cref="Deployment"/> (a class fixture): xUnit runs a test
/// class's own InitializeAsync before every test case, which would start a deployment per table row.
/// </remarks>
public sealed class MalformedSubmissionTests(MalformedSubmissionTests.Deployment hub) : IClassFixture<MalformedSubmissionTests.Deployment>
{
    // A valid personnummer from the public test vectors (born 1909, hence "+"), with consent for every case type.
    private const string Pnr = "19090527+1474";

    // A real organisation number (Luhn-valid), the employer of the wage-subsidy baseline.
    private const string Employer = "556036-0793";

    private const string ContactPerson = "kp-01";

    // kp-04 works in another unit than kp-01 (three contact persons per unit).
    private const string OtherUnitContactPerson = "kp-04";

    // ------------------------------------------------------------------------------------------------------------
    // The baselines. Tokens in {{…}} are resolved when a row runs: {{day:±N}} is today (UTC) ± N days,
    // {{hours:±N}} now ± N hours, {{attachment}} a file kp-01 uploaded and nothing uses yet.
    // ------------------------------------------------------------------------------------------------------------

    private static JsonObject GeneralQuestion => new()
    {
        ["caseType"] = "GeneralQuestion",
        ["personalIdentityNumber"] = Pnr,
        ["projectId"] = "stockholmskraften",
        ["generalQuestion"] = new JsonObject
        {
            ["topic"] = "Routines",
            ["question"] = "Hur bokar vi ett trepartsmöte när individen saknar e-legitimation?",
        },
    };

    private static JsonObject IndividualPlanning => new()
    {
        ["caseType"] = "IndividualPlanning",
        ["personalIdentityNumber"] = Pnr,
        ["individualPlanning"] = new JsonObject
        {
            ["kind"] = "JointPlanningMeeting",
            ["purpose"] = "Gemensamt planeringsmöte om nästa steg mot arbete",
            ["proposedMeetingTimes"] = new JsonArray("{{hours:+168}}", "{{hours:+192}}"),
        },
    };

    private static JsonObject DisabilityCoding => new()
    {
        ["caseType"] = "DisabilityCoding",
        ["personalIdentityNumber"] = Pnr,
        ["disabilityCoding"] = new JsonObject
        {
            ["categories"] = new JsonArray("Cognitive", "MentalIllHealth"),
            ["effectOnWork"] = "Klarar fyra timmar per dag med tydlig struktur; behöver skriftliga instruktioner.",
            ["evidence"] = new JsonArray(
                new JsonObject
                {
                    ["type"] = "MedicalCertificate",
                    ["author"] = "Eva Lindqvist",
                    ["titleOrAgency"] = "Leg. läkare, Rinkeby vårdcentral",
                    ["date"] = "{{day:-30}}",
                    ["attachmentId"] = "{{attachment}}",
                },
                new JsonObject
                {
                    ["type"] = "NeuropsychiatricAssessment",
                    ["author"] = "Omar Haddad",
                    ["titleOrAgency"] = "Leg. psykolog, Habiliteringen Stockholm",
                    ["date"] = "{{day:-90}}",
                }),
        },
    };

    private static JsonObject WageSubsidy => new()
    {
        ["caseType"] = "WageSubsidy",
        ["personalIdentityNumber"] = Pnr,
        ["wageSubsidy"] = new JsonObject
        {
            ["form"] = "Employment",
            ["employerOrganisationNumber"] = Employer,
            ["workplace"] = "Lagret på Exempelföretaget AB, Årsta",
            ["occupationCode"] = "4321",
            ["extentPercent"] = 75,
            ["grossMonthlyWage"] = 24000,
            ["startDate"] = "{{day:+14}}",
            ["requestedMonths"] = 12,
            ["disabilityCodeReference"] = "AF-FH-2026-0412",
            ["unionConsulted"] = true,
            ["adaptationPlan"] = "Handledare första månaden, anpassade arbetstider och skriftliga rutiner.",
        },
    };

    /// <summary>An extension of an earlier decision: the caps are the form's totals instead of the first-year cap.</summary>
    private static JsonObject Extension(string form, int monthsAlreadyGranted, int requestedMonths) => With(WageSubsidy,
        ("wageSubsidy.form", form),
        ("wageSubsidy.earlier", new JsonObject { ["monthsAlreadyGranted"] = monthsAlreadyGranted, ["earlierDecisionReference"] = "AF-LB-2025-0099" }),
        ("wageSubsidy.requestedMonths", requestedMonths));

    // ------------------------------------------------------------------------------------------------------------
    // The table.
    // ------------------------------------------------------------------------------------------------------------

    public static TheoryData<MalformedRow> MalformedSubmissions => new(AllRows());

    private static IEnumerable<MalformedRow> AllRows()
    {
        // --- Every case type: the case type, the person, the project, the protected-identity flag ---
        yield return Broken("case type missing", GeneralQuestion, "caseType", Absent, "is required");
        yield return Broken("case type blank", GeneralQuestion, "caseType", "   ", "is required");
        yield return Broken("case type unknown name", GeneralQuestion, "caseType", "Complaint", "must be one of: GeneralQuestion, IndividualPlanning");
        yield return Broken("case type given as the number name \"1\"", IndividualPlanning, "caseType", "1", "must be one of:");
        yield return Unreadable("case type as a JSON number", GeneralQuestion, "caseType", 1);
        yield return Broken("personnummer missing on individual planning", IndividualPlanning, "personalIdentityNumber", Absent, "is required for this case type");
        yield return Broken("personnummer missing on disability coding", DisabilityCoding, "personalIdentityNumber", Absent, "is required for this case type");
        yield return Broken("personnummer missing on wage subsidy", WageSubsidy, "personalIdentityNumber", Absent, "is required for this case type");
        yield return Broken("personnummer with a wrong check digit", IndividualPlanning, "personalIdentityNumber", "19090527+1475", "the check digit does not match");
        yield return Broken("personnummer with a wrong check digit on a general question", GeneralQuestion, "personalIdentityNumber", "190905271473", "the check digit does not match");
        yield return Broken("personnummer in a wrong format", DisabilityCoding, "personalIdentityNumber", "1909-05-27+1474", "must be 10 or 12 digits");
        yield return Broken("personnummer that is an interim number", WageSubsidy, "personalIdentityNumber", "20000101-T220", "interim numbers are not accepted");
        yield return Broken("a valid organisation number given as personnummer", IndividualPlanning, "personalIdentityNumber", Employer, "this is an organisation number");
        yield return Broken("personnummer with a date that does not exist", IndividualPlanning, "personalIdentityNumber", "19090230+1474", "not a real calendar date");
        yield return Broken("personnummer with birth number 000", IndividualPlanning, "personalIdentityNumber", "19090527+0009", "must not be all zeros");
        yield return Broken("personnummer born in the future", IndividualPlanning, "personalIdentityNumber", "20991231-1231", "the date of birth is in the future");
        yield return Unreadable("personnummer as a JSON number", IndividualPlanning, "personalIdentityNumber", 190905271474L);
        yield return Broken("unknown project id", GeneralQuestion, "projectId", "okänt-projekt", "must be the id of a joint project known to the hub");
        yield return Unreadable("project id as a JSON number", GeneralQuestion, "projectId", 42);
        yield return Unreadable("protected identity as a string", IndividualPlanning, "protectedIdentity", "ja");
        yield return MalformedRow.Unreadable("a body cut off in the middle", Json(GeneralQuestion).Split("\"topic\":")[0] + "\"topic\":", "$.generalQuestion.topic");
        yield return MalformedRow.Unreadable("a body that is a form post, not JSON", "caseType=GeneralQuestion&topic=Routines", "$");

        // --- General question (samverkansfråga) ---
        yield return Broken("general question: the question part missing", GeneralQuestion, "generalQuestion", Absent, "is required for this case type");
        yield return Broken("general question: topic missing", GeneralQuestion, "generalQuestion.topic", Absent, "is required");
        yield return Broken("general question: topic unknown", GeneralQuestion, "generalQuestion.topic", "Weather", "must be one of: Cooperation, Routines");
        yield return Broken("general question: topic given as the number name \"3\"", GeneralQuestion, "generalQuestion.topic", "3", "must be one of:");
        yield return Broken("general question: question missing", GeneralQuestion, "generalQuestion.question", Absent, "is required");
        yield return Broken("general question: question only whitespace", GeneralQuestion, "generalQuestion.question", "  \n\t ", "is required");
        yield return Broken("general question: question of 4001 characters", GeneralQuestion, "generalQuestion.question", Text(4001), "must be at most 4000 characters");
        yield return Broken("general question: question with a control character", GeneralQuestion, "generalQuestion.question", "Hur gör vi\u0007?", "must not contain control characters");
        yield return Unreadable("general question: question as a JSON number", GeneralQuestion, "generalQuestion.question", 17);
        yield return Unreadable("general question: the question part as a string", GeneralQuestion, "generalQuestion", "Hur bokar vi?");

        // --- Individual planning (individsamverkan kring planering) ---
        yield return Broken("individual planning: the planning part missing", IndividualPlanning, "individualPlanning", Absent, "is required for this case type");
        yield return Broken("individual planning: kind missing", IndividualPlanning, "individualPlanning.kind", Absent, "is required");
        yield return Broken("individual planning: kind unknown", IndividualPlanning, "individualPlanning.kind", "Lunch", "must be one of: JointPlanningMeeting");
        yield return Broken("individual planning: kind given as the number name \"0\"", IndividualPlanning, "individualPlanning.kind", "0", "must be one of:");
        yield return Broken("individual planning: purpose missing", IndividualPlanning, "individualPlanning.purpose", Absent, "is required");
        yield return Broken("individual planning: purpose of 4001 characters", IndividualPlanning, "individualPlanning.purpose", Text(4001), "must be at most 4000 characters");
        yield return Broken("individual planning: purpose with an escape sequence", IndividualPlanning, "individualPlanning.purpose", "Möte \u001b[31mnu", "must not contain control characters");
        yield return Unreadable("individual planning: purpose as a JSON array", IndividualPlanning, "individualPlanning.purpose", new JsonArray("möte"));
        yield return Broken("individual planning: joint meeting without proposed times", IndividualPlanning, "individualPlanning.proposedMeetingTimes", Absent, "at least one proposed time is required");
        yield return Broken("individual planning: joint meeting with an empty list of times", IndividualPlanning, "individualPlanning.proposedMeetingTimes", new JsonArray(), "at least one proposed time is required");
        yield return Broken("individual planning: six proposed times", IndividualPlanning, "individualPlanning.proposedMeetingTimes",
            new JsonArray("{{hours:+24}}", "{{hours:+48}}", "{{hours:+72}}", "{{hours:+96}}", "{{hours:+120}}", "{{hours:+144}}"), "at most 5 proposed times");
        yield return Broken("individual planning: proposed meeting time in the past", IndividualPlanning, "individualPlanning.proposedMeetingTimes[0]", "{{hours:-1}}", "must be in the future");
        yield return Unreadable("individual planning: proposed time that is not a date", IndividualPlanning, "individualPlanning.proposedMeetingTimes[0]", "i morgon klockan tio");

        // --- Disability coding (funktionshinderkodning) ---
        yield return Broken("disability coding: the coding part missing", DisabilityCoding, "disabilityCoding", Absent, "is required for this case type");
        yield return Broken("disability coding: categories missing", DisabilityCoding, "disabilityCoding.categories", Absent, "at least one category is required");
        yield return Broken("disability coding: no categories", DisabilityCoding, "disabilityCoding.categories", new JsonArray(), "at least one category is required");
        yield return Broken("disability coding: unknown category", DisabilityCoding, "disabilityCoding.categories[0]", "Tiredness", "must be one of: Cognitive, LanguageSpeech");
        yield return Broken("disability coding: category given as the number name \"2\"", DisabilityCoding, "disabilityCoding.categories[0]", "2", "must be one of:");
        yield return Unreadable("disability coding: categories as a string", DisabilityCoding, "disabilityCoding.categories", "Cognitive");
        yield return Broken("disability coding: effect on work missing", DisabilityCoding, "disabilityCoding.effectOnWork", Absent, "is required");
        yield return Broken("disability coding: effect on work of 4001 characters", DisabilityCoding, "disabilityCoding.effectOnWork", Text(4001), "must be at most 4000 characters");
        yield return Broken("disability coding: effect on work with a control character", DisabilityCoding, "disabilityCoding.effectOnWork", "Trött\u0000", "must not contain control characters");
        yield return Broken("disability coding: evidence missing", DisabilityCoding, "disabilityCoding.evidence", Absent, "at least one piece of evidence is required");
        yield return Broken("disability coding: no evidence", DisabilityCoding, "disabilityCoding.evidence", new JsonArray(), "at least one piece of evidence is required");
        yield return Broken("disability coding: eleven pieces of evidence", DisabilityCoding, "disabilityCoding.evidence",
            new JsonArray(Enumerable.Range(0, 11).Select(_ => (JsonNode?)DisabilityCoding["disabilityCoding"]!["evidence"]![1]!.DeepClone()).ToArray()), "at most 10 pieces of evidence");
        yield return Broken("disability coding: a null piece of evidence", DisabilityCoding, "disabilityCoding.evidence[0]", null, "is required");
        yield return Broken("disability coding: evidence type missing", DisabilityCoding, "disabilityCoding.evidence[0].type", Absent, "is required");
        yield return Broken("disability coding: evidence type unknown", DisabilityCoding, "disabilityCoding.evidence[0].type", "Horoscope", "must be one of: MedicalCertificate");
        yield return Broken("disability coding: evidence type given as the number name \"0\"", DisabilityCoding, "disabilityCoding.evidence[0].type", "0", "must be one of:");
        yield return Broken("disability coding: evidence author missing", DisabilityCoding, "disabilityCoding.evidence[0].author", Absent, "is required");
        yield return Broken("disability coding: evidence author of 201 characters", DisabilityCoding, "disabilityCoding.evidence[0].author", Text(201), "must be at most 200 characters");
        yield return Broken("disability coding: evidence author with a control character", DisabilityCoding, "disabilityCoding.evidence[0].author", "Eva\u0008Lindqvist", "must not contain control characters");
        yield return Broken("disability coding: evidence title or agency missing", DisabilityCoding, "disabilityCoding.evidence[1].titleOrAgency", Absent, "is required");
        yield return Broken("disability coding: evidence title or agency of 201 characters", DisabilityCoding, "disabilityCoding.evidence[0].titleOrAgency", Text(201), "must be at most 200 characters");
        yield return Broken("disability coding: evidence date missing", DisabilityCoding, "disabilityCoding.evidence[0].date", Absent, "is required");
        yield return Broken("disability coding: evidence dated tomorrow", DisabilityCoding, "disabilityCoding.evidence[0].date", "{{day:+1}}", "cannot be in the future");
        yield return Unreadable("disability coding: evidence date 30 February", DisabilityCoding, "disabilityCoding.evidence[1].date", "2026-02-30");
        yield return Broken("disability coding: attachment id that does not exist", DisabilityCoding, "disabilityCoding.evidence[0].attachmentId", Guid.NewGuid().ToString(), "must be a file uploaded from your unit");
        yield return Broken("disability coding: attachment uploaded by another unit", DisabilityCoding, "disabilityCoding.evidence[0].attachmentId", "{{foreignAttachment}}", "must be a file uploaded from your unit");
        yield return Broken("disability coding: attachment already on another case", DisabilityCoding, "disabilityCoding.evidence[0].attachmentId", "{{usedAttachment}}", "not yet attached to a case");
        yield return MalformedRow.Broken("disability coding: the same attachment on two pieces of evidence",
            With(DisabilityCoding, ("disabilityCoding.evidence[1].attachmentId", "{{attachment}}")), "disabilityCoding.evidence", "each attached file can belong to one piece of evidence only");
        yield return Unreadable("disability coding: attachment id that is not a GUID", DisabilityCoding, "disabilityCoding.evidence[0].attachmentId", "intyg-1");

        // --- Wage subsidy (lönebidrag) ---
        yield return Broken("wage subsidy: the request part missing", WageSubsidy, "wageSubsidy", Absent, "is required for this case type");
        yield return Unreadable("wage subsidy: the request part as an array", WageSubsidy, "wageSubsidy", new JsonArray());
        yield return Broken("wage subsidy: form missing", WageSubsidy, "wageSubsidy.form", Absent, "is required");
        yield return Broken("wage subsidy: form unknown", WageSubsidy, "wageSubsidy.form", "Permanent", "must be one of: Development, Employment, SecurityInEmployment");
        yield return Broken("wage subsidy: form given as the number name \"1\"", WageSubsidy, "wageSubsidy.form", "1", "must be one of:");
        yield return Unreadable("wage subsidy: form as a JSON number", WageSubsidy, "wageSubsidy.form", 1);
        yield return Broken("wage subsidy: employer organisation number missing", WageSubsidy, "wageSubsidy.employerOrganisationNumber", Absent, "an organisation number is required");
        yield return Broken("wage subsidy: employer organisation number with a wrong check digit", WageSubsidy, "wageSubsidy.employerOrganisationNumber", "556036-0794", "the check digit does not match");
        yield return Broken("wage subsidy: a personnummer given as the employer", WageSubsidy, "wageSubsidy.employerOrganisationNumber", "090527-1474", "the third digit of an organisation number must be 2 or higher");
        yield return Broken("wage subsidy: employer organisation number in a wrong format", WageSubsidy, "wageSubsidy.employerOrganisationNumber", "55603-60793", "must be 10 digits");
        yield return Unreadable("wage subsidy: employer organisation number as a JSON number", WageSubsidy, "wageSubsidy.employerOrganisationNumber", 5560360793L);
        yield return Broken("wage subsidy: workplace missing", WageSubsidy, "wageSubsidy.workplace", Absent, "is required");
        yield return Broken("wage subsidy: workplace of 2001 characters", WageSubsidy, "wageSubsidy.workplace", Text(2001), "must be at most 2000 characters");
        yield return Broken("wage subsidy: workplace with a control character", WageSubsidy, "wageSubsidy.workplace", "Lagret\u0085Årsta", "must not contain control characters");
        yield return Broken("wage subsidy: occupation code missing", WageSubsidy, "wageSubsidy.occupationCode", Absent, "is required");
        yield return Broken("wage subsidy: unknown SSYK code 9999", WageSubsidy, "wageSubsidy.occupationCode", "9999", "is not an occupation group in Arbetsförmedlingen's SSYK 2012 list");
        yield return Broken("wage subsidy: SSYK code 4430 that AF dropped", WageSubsidy, "wageSubsidy.occupationCode", "4430", "is not an occupation group in Arbetsförmedlingen's SSYK 2012 list");
        yield return Broken("wage subsidy: SSYK code 7619 that AF dropped", WageSubsidy, "wageSubsidy.occupationCode", "7619", "is not an occupation group in Arbetsförmedlingen's SSYK 2012 list");
        yield return Broken("wage subsidy: SSYK code of three digits", WageSubsidy, "wageSubsidy.occupationCode", "432", "must be a four-digit SSYK 2012 occupation group code");
        yield return Broken("wage subsidy: SSYK code in Arabic-Indic digits", WageSubsidy, "wageSubsidy.occupationCode", "\u0664\u0663\u0662\u0661", "must be a four-digit SSYK 2012 occupation group code");
        yield return Unreadable("wage subsidy: SSYK code as a JSON number", WageSubsidy, "wageSubsidy.occupationCode", 4321);
        yield return Broken("wage subsidy: extent missing", WageSubsidy, "wageSubsidy.extentPercent", Absent, "is required");
        yield return Broken("wage subsidy: extent 0 percent", WageSubsidy, "wageSubsidy.extentPercent", 0, "must be a percentage of full time from 1 to 100");
        yield return Broken("wage subsidy: extent 101 percent", WageSubsidy, "wageSubsidy.extentPercent", 101, "must be a percentage of full time from 1 to 100");
        yield return Broken("wage subsidy: extent -25 percent", WageSubsidy, "wageSubsidy.extentPercent", -25, "must be a percentage of full time from 1 to 100");
        yield return Unreadable("wage subsidy: extent as a word", WageSubsidy, "wageSubsidy.extentPercent", "heltid");
        yield return Unreadable("wage subsidy: extent with decimals", WageSubsidy, "wageSubsidy.extentPercent", 75.5m);
        yield return Broken("wage subsidy: gross monthly wage missing", WageSubsidy, "wageSubsidy.grossMonthlyWage", Absent, "is required");
        yield return Broken("wage subsidy: gross monthly wage 0 kr", WageSubsidy, "wageSubsidy.grossMonthlyWage", 0, "must be more than 0 kr");
        yield return Broken("wage subsidy: gross monthly wage -1 kr", WageSubsidy, "wageSubsidy.grossMonthlyWage", -1, "must be more than 0 kr");
        yield return Broken("wage subsidy: gross monthly wage one öre over the sanity bound", WageSubsidy, "wageSubsidy.grossMonthlyWage", 200000.01m, "must be at most 200000 kr a month");
        yield return Broken("wage subsidy: gross monthly wage with two extra digits", WageSubsidy, "wageSubsidy.grossMonthlyWage", 2400000, "must be at most 200000 kr a month");
        yield return Broken("wage subsidy: gross monthly wage with three decimals", WageSubsidy, "wageSubsidy.grossMonthlyWage", 24000.005m, "at most two decimals");
        yield return Unreadable("wage subsidy: gross monthly wage as a word", WageSubsidy, "wageSubsidy.grossMonthlyWage", "mycket");
        yield return Broken("wage subsidy: start date missing", WageSubsidy, "wageSubsidy.startDate", Absent, "is required");
        yield return Broken("wage subsidy: start date yesterday", WageSubsidy, "wageSubsidy.startDate", "{{day:-1}}", "must not be before today");
        yield return Broken("wage subsidy: start date a year ago", WageSubsidy, "wageSubsidy.startDate", "{{day:-365}}", "must not be before today");
        yield return Unreadable("wage subsidy: start date in month 13", WageSubsidy, "wageSubsidy.startDate", "2027-13-01");
        yield return Broken("wage subsidy: requested months missing", WageSubsidy, "wageSubsidy.requestedMonths", Absent, "is required");
        yield return Broken("wage subsidy: requested months 0", WageSubsidy, "wageSubsidy.requestedMonths", 0, "must be at least 1");
        yield return Broken("wage subsidy: 13 months on a first decision", WageSubsidy, "wageSubsidy.requestedMonths", 13, "the first decision covers at most 12 months");
        yield return MalformedRow.Broken("wage subsidy: 13 months on a first security decision",
            With(WageSubsidy, ("wageSubsidy.form", "SecurityInEmployment"), ("wageSubsidy.requestedMonths", 13)), "wageSubsidy.requestedMonths", "the first decision covers at most 12 months");
        yield return MalformedRow.Broken("wage subsidy: development extension to 25 months in total",
            Extension("Development", 20, 5), "wageSubsidy.requestedMonths", "at most 24 months in total");
        yield return MalformedRow.Broken("wage subsidy: employment extension to 97 months in total",
            Extension("Employment", 90, 7), "wageSubsidy.requestedMonths", "at most 96 months in total");
        yield return MalformedRow.Broken("wage subsidy: security extension of 49 months",
            Extension("SecurityInEmployment", 12, 49), "wageSubsidy.requestedMonths", "covers at most 48 months");
        yield return Unreadable("wage subsidy: requested months as a word", WageSubsidy, "wageSubsidy.requestedMonths", "ett år");
        yield return Broken("wage subsidy: extension with 0 months already granted", Extension("Employment", 24, 12), "wageSubsidy.earlier.monthsAlreadyGranted", 0, "must be at least 1 for an extension");
        yield return Broken("wage subsidy: extension without the months already granted", Extension("Employment", 24, 12), "wageSubsidy.earlier.monthsAlreadyGranted", Absent, "must be at least 1 for an extension");
        yield return Unreadable("wage subsidy: months already granted as a word", Extension("Employment", 24, 12), "wageSubsidy.earlier.monthsAlreadyGranted", "många");
        yield return Broken("wage subsidy: extension without the earlier decision's reference", Extension("Employment", 24, 12), "wageSubsidy.earlier.earlierDecisionReference", Absent, "is required for an extension");
        yield return Broken("wage subsidy: earlier decision reference of 101 characters", Extension("Employment", 24, 12), "wageSubsidy.earlier.earlierDecisionReference", Text(101), "must be at most 100 characters");
        yield return Broken("wage subsidy: disability code reference missing", WageSubsidy, "wageSubsidy.disabilityCodeReference", Absent, "a wage subsidy requires an existing disability code");
        yield return Broken("wage subsidy: disability code reference of 101 characters", WageSubsidy, "wageSubsidy.disabilityCodeReference", Text(101), "must be at most 100 characters");
        yield return Broken("wage subsidy: union consultation not stated", WageSubsidy, "wageSubsidy.unionConsulted", Absent, "must be given (true or false)");
        yield return Unreadable("wage subsidy: union consultation as \"ja\"", WageSubsidy, "wageSubsidy.unionConsulted", "ja");
        yield return Broken("wage subsidy: adaptation plan missing", WageSubsidy, "wageSubsidy.adaptationPlan", Absent, "is required");
        yield return Broken("wage subsidy: adaptation plan of 2001 characters", WageSubsidy, "wageSubsidy.adaptationPlan", Text(2001), "must be at most 2000 characters");
        yield return Broken("wage subsidy: adaptation plan with a NUL character", WageSubsidy, "wageSubsidy.adaptationPlan", "Handledare\u0000första månaden", "must not contain control characters");
    }

    // ------------------------------------------------------------------------------------------------------------
    // The tests.
    // ------------------------------------------------------------------------------------------------------------

    [Fact]
    public void The_table_holds_at_least_60_malformed_submissions_over_every_case_type_each_with_its_own_name()
    {
        var rows = AllRows().ToList();
        Assert.True(rows.Count >= 60, $"only {rows.Count} rows");
        Assert.Equal(rows.Count, rows.Select(r => r.Name).Distinct().Count());
        foreach (var caseType in new[] { "GeneralQuestion", "IndividualPlanning", "DisabilityCoding", "WageSubsidy" })
            Assert.Contains(rows, r => r.Body.Contains($"\"caseType\":\"{caseType}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_four_baseline_submissions_the_malformed_rows_are_built_from_are_accepted()
    {
        var freshFile = await hub.UploadAsync(hub.Http, "läkarintyg-baslinje.pdf", SmallPdf());
        var baselines = new[]
        {
            GeneralQuestion, IndividualPlanning,
            With(DisabilityCoding, ("disabilityCoding.evidence[0].attachmentId", freshFile.ToString())),
            WageSubsidy,
        };
        try
        {
            foreach (var body in baselines)
            {
                var answer = await hub.PostCaseAsync(hub.Resolve(Json(body)));
                Assert.True(answer.Status == HttpStatusCode.Created,
                    $"{body["caseType"]} baseline answered {(int)answer.Status}: {answer.Raw}");
            }
        }
        finally
        {
            // The worker routes these cases; let it finish so no later row sees its rows or messages appear.
            await hub.WaitUntilQuietAsync();
        }
    }

    [Fact]
    public async Task Wage_subsidy_values_exactly_on_every_bound_are_accepted()
    {
        var edges = new (string Name, JsonObject Body)[]
        {
            ("extent 1 %", With(WageSubsidy, ("wageSubsidy.extentPercent", 1))),
            ("extent 100 %", With(WageSubsidy, ("wageSubsidy.extentPercent", 100))),
            ("wage 1 öre", With(WageSubsidy, ("wageSubsidy.grossMonthlyWage", 0.01m))),
            ("wage on the 20 000 kr ceiling", With(WageSubsidy, ("wageSubsidy.grossMonthlyWage", 20000), ("wageSubsidy.extentPercent", 100))),
            ("wage just over the ceiling, in öre", With(WageSubsidy, ("wageSubsidy.grossMonthlyWage", 20000.50m))),
            ("wage on the 200 000 kr sanity bound", With(WageSubsidy, ("wageSubsidy.grossMonthlyWage", 200000))),
            ("start today", With(WageSubsidy, ("wageSubsidy.startDate", "{{day:+0}}"))),
            ("one month", With(WageSubsidy, ("wageSubsidy.requestedMonths", 1))),
            ("development extension to exactly 24 months", Extension("Development", 12, 12)),
            ("employment extension to exactly 96 months", Extension("Employment", 84, 12)),
            ("security extension of exactly 48 months", Extension("SecurityInEmployment", 12, 48)),
        };
        var refused = new List<string>();
        try
        {
            foreach (var (name, body) in edges)
            {
                var answer = await hub.PostCaseAsync(hub.Resolve(Json(body)));
                if (answer.Status != HttpStatusCode.Created) refused.Add($"{name}: {(int)answer.Status} {answer.Raw}");
            }
        }
        finally
        {
            await hub.WaitUntilQuietAsync();
        }
        Assert.True(refused.Count == 0, "Refused on a bound:\n" + string.Join('\n', refused));
    }

    [Theory]
    [MemberData(nameof(MalformedSubmissions))]
    public async Task A_malformed_submission_gets_a_problem_naming_the_field_and_the_rule_and_leaves_no_row_file_or_message_behind(MalformedRow row)
    {
        var body = hub.Resolve(row.Body);
        var rowsBefore = await hub.LeftoversAsync();
        var messagesBefore = hub.Tap.Bodies.Count;

        var answer = await hub.PostCaseAsync(body);

        var broken = new List<string>();
        if (answer.Status != HttpStatusCode.BadRequest) broken.Add($"status {(int)answer.Status}, expected 400");
        if (answer.MediaType != "application/problem+json") broken.Add($"content type {answer.MediaType ?? "(none)"}, expected application/problem+json");
        if (row.Field is not null)
        {
            var errors = answer.Body?["errors"] as JsonObject;
            var keys = errors?.Select(e => e.Key).ToList() ?? [];
            if (!keys.SequenceEqual([row.Field])) broken.Add($"errors name [{string.Join(", ", keys)}], expected exactly [{row.Field}]");
            var rules = errors?[row.Field] is JsonArray named ? named.Select(r => r?.ToString() ?? "").ToList() : [];
            if (!rules.Any(r => r.Contains(row.Rule!, StringComparison.Ordinal))) broken.Add($"no rule for {row.Field} contains \"{row.Rule}\"");
        }
        else
        {
            var detail = answer.Body?["detail"]?.ToString() ?? "";
            if (!detail.Contains($"(at {row.JsonPath})", StringComparison.Ordinal)) broken.Add($"detail does not name the JSON path {row.JsonPath}");
        }
        broken.AddRange(Echoed(answer, IdentityValuesIn(body)).Select(v => $"echoes the identity number \"{v}\""));

        // The outbox relay publishes within milliseconds; give a message that should not exist the time to show.
        await Task.Delay(300);
        var rowsAfter = await hub.LeftoversAsync();
        if (rowsAfter != rowsBefore) broken.Add($"left rows behind: before [{rowsBefore}], after [{rowsAfter}]");
        if (hub.Tap.Bodies.Count != messagesBefore) broken.Add($"{hub.Tap.Bodies.Count - messagesBefore} broker message(s) appeared");
        if (rowsAfter != rowsBefore || answer.Status is HttpStatusCode.Created) await hub.WaitUntilQuietAsync();

        Assert.True(broken.Count == 0,
            $"{row.Name}:\n- {string.Join("\n- ", broken)}\nAnswer {(int)answer.Status} {answer.MediaType}: {Shorten(answer.Raw)}");
    }

    public static TheoryData<UploadRow> RefusedUploads => new(
        // A file's type is its content; its name is only checked for being safe to show and store.
        new UploadRow("an executable named intyg.pdf", "intyg.pdf", "exe", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("a text file named skanning.png", "skanning.png", "text", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("a Word document (zip) named intyg.pdf", "intyg.pdf", "zip", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("an HTML page named foto.jpg", "foto.jpg", "html", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("an SVG image named bild.png", "bild.png", "svg", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("a PDF header that is not at the start", "intyg.pdf", "pdf-late", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("a text file whose name holds the personnummer", "Läkarintyg 19090527-1474.pdf", "text", "the file's content must be a PDF, PNG or JPEG"),
        new UploadRow("an empty file", "intyg.pdf", "empty", "the file is empty"),
        new UploadRow("an 11 MB PDF", "stort-intyg.pdf", "pdf-11mb", "at most 10 MB"),
        new UploadRow("a name with ../ path traversal", "../../etc/intyg.pdf", "pdf", "must not contain '/' or '\\'"),
        new UploadRow("a name with a backslash folder", "..\\intyg.pdf", "pdf", "must not contain '/' or '\\'"),
        new UploadRow("a name starting with ..", "..intyg.pdf", "pdf", "must not contain '..'"),
        new UploadRow("a name with a right-to-left override", "intyg\u202Efdp.exe", "pdf", "bidirectional override"),
        new UploadRow("a name with a bidi isolate", "intyg\u2066.pdf", "pdf", "bidirectional override"),
        new UploadRow("a name with a NUL character", "intyg.pdf\u0000.exe", "pdf", "must not contain a NUL character"),
        new UploadRow("a name with a control character", "intyg\u0007.pdf", "pdf", "must not contain control characters"),
        new UploadRow("a name of 201 characters", new string('n', 197) + ".pdf", "pdf", "at most 200 characters"),
        new UploadRow("a name of only spaces", "   ", "pdf", "required"),
        new UploadRow("no file part at all", "", "none", "is required"));

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task A_refused_evidence_file_gets_a_problem_naming_the_file_and_the_rule_and_leaves_no_file_behind(UploadRow row)
    {
        var rowsBefore = await hub.LeftoversAsync();

        var answer = await hub.UploadRawAsync(hub.Http, row.FileName, UploadContent(row.Content));

        var broken = new List<string>();
        if (answer.Status != HttpStatusCode.BadRequest) broken.Add($"status {(int)answer.Status}, expected 400");
        if (answer.MediaType != "application/problem+json") broken.Add($"content type {answer.MediaType ?? "(none)"}, expected application/problem+json");
        var errors = answer.Body?["errors"] as JsonObject;
        var keys = errors?.Select(e => e.Key).ToList() ?? [];
        if (!keys.SequenceEqual(["file"])) broken.Add($"errors name [{string.Join(", ", keys)}], expected exactly [file]");
        var rules = errors?["file"] is JsonArray named ? named.Select(r => r?.ToString() ?? "").ToList() : [];
        if (!rules.Any(r => r.Contains(row.Rule, StringComparison.Ordinal))) broken.Add($"no rule for file contains \"{row.Rule}\"");
        // File names of certificates often hold a name or personnummer: never repeated back.
        var nameShown = row.FileName.Trim().Length >= 5 && StringsIn(answer).Any(s => s.Contains(row.FileName.Trim(), StringComparison.Ordinal));
        if (nameShown) broken.Add("echoes the file name");
        broken.AddRange(Echoed(answer, [Pnr]).Select(v => $"echoes the identity number \"{v}\""));
        var rowsAfter = await hub.LeftoversAsync();
        if (rowsAfter != rowsBefore) broken.Add($"left rows behind: before [{rowsBefore}], after [{rowsAfter}]");

        Assert.True(broken.Count == 0,
            $"{row.Name}:\n- {string.Join("\n- ", broken)}\nAnswer {(int)answer.Status} {answer.MediaType}: {Shorten(answer.Raw)}");
    }

    [Fact]
    public async Task A_small_PDF_and_a_PNG_are_accepted_as_evidence_and_stored()
    {
        var before = await hub.Hub.Database.ScalarAsync<int>("SELECT count(*) FROM attachments");

        var pdf = await hub.UploadRawAsync(hub.Http, "läkarintyg.pdf", SmallPdf());
        var png = await hub.UploadRawAsync(hub.Http, "skannat-utlåtande.png", UploadContent("png"));

        Assert.True(pdf.Status == HttpStatusCode.Created, $"PDF answered {(int)pdf.Status}: {pdf.Raw}");
        Assert.Equal("Pdf", pdf.Body!["fileType"]!.GetValue<string>());
        Assert.True(png.Status == HttpStatusCode.Created, $"PNG answered {(int)png.Status}: {png.Raw}");
        Assert.Equal("Png", png.Body!["fileType"]!.GetValue<string>());
        Assert.Equal(before + 2, await hub.Hub.Database.ScalarAsync<int>("SELECT count(*) FROM attachments"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Building rows and bodies.
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>Marks a property to remove (as opposed to null, which is sent as JSON null).</summary>
    private static readonly object Absent = new();

    /// <summary>The baseline with <paramref name="field"/> set to <paramref name="value"/>; the problem must name that same field.</summary>
    private static MalformedRow Broken(string name, JsonObject baseline, string field, object? value, string rule) =>
        MalformedRow.Broken(name, With(baseline, (field, value)), field, rule);

    /// <summary>The baseline with a value of the wrong JSON type: the body cannot be read, and the problem names the path.</summary>
    private static MalformedRow Unreadable(string name, JsonObject baseline, string field, object value) =>
        MalformedRow.Unreadable(name, With(baseline, (field, value)), "$." + field);

    /// <summary>A copy of <paramref name="baseline"/> with each path ("a.b[0].c") set to a value or removed (<see cref="Absent"/>).</summary>
    private static JsonObject With(JsonObject baseline, params (string Path, object? Value)[] edits)
    {
        var body = (JsonObject)baseline.DeepClone();
        foreach (var (path, value) in edits)
        {
            var segments = path.Split('.');
            JsonNode parent = body;
            foreach (var segment in segments[..^1])
                parent = Child(parent, segment) ?? throw new ArgumentException($"{path}: nothing at {segment}");
            var (name, index) = ParseSegment(segments[^1]);
            var node = value is JsonNode given ? given.DeepClone() : value is null ? null : JsonSerializer.SerializeToNode(value);
            if (index is { } i)
            {
                var array = parent[name]!.AsArray();
                if (value == Absent) array.RemoveAt(i);
                else array[i] = node;
            }
            else if (value == Absent) parent.AsObject().Remove(name);
            else parent[name] = node;
        }
        return body;
    }

    private static JsonNode? Child(JsonNode node, string segment)
    {
        var (name, index) = ParseSegment(segment);
        var child = node[name];
        return index is { } i ? child?[i] : child;
    }

    private static (string Name, int? Index) ParseSegment(string segment)
    {
        var match = Regex.Match(segment, @"^(?<name>\w+)(\[(?<index>\d+)\])?$");
        if (!match.Success) throw new ArgumentException($"Bad path segment {segment}");
        return (match.Groups["name"].Value, match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value) : null);
    }

    /// <summary>Swedish-looking text of exactly <paramref name="length"/> characters that trimming cannot shorten.</summary>
    private static string Text(int length) =>
        string.Concat(Enumerable.Repeat("Åtgärd för arbete. ", length / 19 + 1))[..(length - 1)] + "x";

    private static byte[] SmallPdf() => UploadContent("pdf");

    private static byte[] UploadContent(string kind)
    {
        byte[] Padded(byte[] head, int length)
        {
            var bytes = new byte[length];
            head.CopyTo(bytes, 0);
            for (var i = head.Length; i < length; i++) bytes[i] = (byte)('a' + i % 26);
            return bytes;
        }
        return kind switch
        {
            "pdf" => Padded("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(), 2048),
            "pdf-11mb" => Padded("%PDF-1.7\n"u8.ToArray(), 11 * 1024 * 1024),
            "pdf-late" => Padded("\n\n%PDF-1.7\n"u8.ToArray(), 2048),
            "png" => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], 1024),
            "exe" => Padded([(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], 4096),
            "zip" => Padded([(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], 2048),
            "text" => Encoding.UTF8.GetBytes("Läkarintyg\nPatienten bedöms kunna arbeta halvtid.\n"),
            "html" => "<!DOCTYPE html><html><script>alert(1)</script></html>"u8.ToArray(),
            "svg" => "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
            "empty" => [],
            "none" => null!,
            _ => throw new ArgumentException(kind),
        };
    }

    // ------------------------------------------------------------------------------------------------------------
    // Checking answers.
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>The identity numbers a body carries (the person's and the employer's), whatever their JSON type.</summary>
    private static List<string> IdentityValuesIn(string body)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(body); }
        catch (JsonException) { node = null; } // the rows whose body is not JSON at all
        return new[] { node?["personalIdentityNumber"], node?["wageSubsidy"] is JsonObject ws ? ws["employerOrganisationNumber"] : null }
            .OfType<JsonValue>()
            .Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString())
            .Concat([Pnr, Employer])
            .Distinct()
            .ToList();
    }

    /// <summary>The identity numbers that appear in the answer, as written or as their ten digits.</summary>
    private static IEnumerable<string> Echoed(Answer answer, IEnumerable<string> identityValues)
    {
        var shown = StringsIn(answer).ToList();
        foreach (var value in identityValues.Where(v => v.Trim().Length >= 6))
        {
            var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
            var core = digits.Length >= 10 ? digits[^10..] : null;
            if (shown.Any(s => s.Contains(value.Trim(), StringComparison.Ordinal)
                               || (core is not null && new string(s.Where(char.IsAsciiDigit).ToArray()).Contains(core, StringComparison.Ordinal))))
                yield return value;
        }
    }

    /// <summary>Every property name and string value of the answer (decoded, so "\u002B" counts as "+"), but not the random trace id.</summary>
    private static IEnumerable<string> StringsIn(Answer answer)
    {
        if (answer.Body is null || answer.Body is JsonValue)
        {
            yield return answer.Raw;
            yield break;
        }
        var pending = new Stack<JsonNode?>([answer.Body]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        if (key == "traceId") continue;
                        yield return key;
                        pending.Push(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var item in array) pending.Push(item);
                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    yield return value.GetValue<string>();
                    break;
            }
        }
    }

    /// <summary>The body as sent: "+" and "å" as themselves (the default encoder would hide "{{day:+1}}" as "\u002B").</summary>
    private static string Json(JsonNode body) =>
        body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Shorten(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    // ------------------------------------------------------------------------------------------------------------
    // Row types: serialisable, so each row is its own test case named by its sentence.
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>
    /// One malformed submission: either a rule is broken (<see cref="Field"/> + <see cref="Rule"/>: the problem's
    /// "errors" must name exactly that field with that rule) or the body cannot be read (<see cref="JsonPath"/>: the
    /// problem's "detail" must name that JSON path).
    /// </summary>
    public sealed class MalformedRow : IXunitSerializable
    {
        [Obsolete("For xUnit's deserializer only.")]
        public MalformedRow() { }

        private MalformedRow(string name, string body, string? field, string? rule, string? jsonPath)
        {
            Name = name;
            Body = body;
            Field = field;
            Rule = rule;
            JsonPath = jsonPath;
        }

        public string Name { get; private set; } = "";
        public string Body { get; private set; } = "";
        public string? Field { get; private set; }
        public string? Rule { get; private set; }
        public string? JsonPath { get; private set; }

        public static MalformedRow Broken(string name, JsonObject body, string field, string rule) =>
            new(name, Json(body), field, rule, null);

        public static MalformedRow Unreadable(string name, JsonObject body, string jsonPath) => Unreadable(name, Json(body), jsonPath);

        public static MalformedRow Unreadable(string name, string body, string jsonPath) => new(name, body, null, null, jsonPath);

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue(nameof(Name), Name);
            info.AddValue(nameof(Body), Body);
            info.AddValue(nameof(Field), Field);
            info.AddValue(nameof(Rule), Rule);
            info.AddValue(nameof(JsonPath), JsonPath);
        }

        public void Deserialize(IXunitSerializationInfo info)
        {
            Name = info.GetValue<string>(nameof(Name));
            Body = info.GetValue<string>(nameof(Body));
            Field = info.GetValue<string?>(nameof(Field));
            Rule = info.GetValue<string?>(nameof(Rule));
            JsonPath = info.GetValue<string?>(nameof(JsonPath));
        }

        public override string ToString() => Name;
    }

    /// <summary>One refused upload: a file name, a kind of content (see UploadContent), and the rule it breaks.</summary>
    public sealed class UploadRow : IXunitSerializable
    {
        [Obsolete("For xUnit's deserializer only.")]
        public UploadRow() { }

        public UploadRow(string name, string fileName, string content, string rule)
        {
            Name = name;
            FileName = fileName;
            Content = content;
            Rule = rule;
        }

        public string Name { get; private set; } = "";
        public string FileName { get; private set; } = "";
        public string Content { get; private set; } = "";
        public string Rule { get; private set; } = "";

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue(nameof(Name), Name);
            info.AddValue(nameof(FileName), FileName);
            info.AddValue(nameof(Content), Content);
            info.AddValue(nameof(Rule), Rule);
        }

        public void Deserialize(IXunitSerializationInfo info)
        {
            Name = info.GetValue<string>(nameof(Name));
            FileName = info.GetValue<string>(nameof(FileName));
            Content = info.GetValue<string>(nameof(Content));
            Rule = info.GetValue<string>(nameof(Rule));
        }

        public override string ToString() => Name;
    }

    public sealed record Answer(HttpStatusCode Status, string? MediaType, JsonNode? Body, string Raw);

    // ------------------------------------------------------------------------------------------------------------
    // The deployment: API + worker started once for the whole class, a broker tap, and the files the rows refer to.
    // ------------------------------------------------------------------------------------------------------------

    public sealed class Deployment : IAsyncLifetime
    {
        private readonly Dictionary<string, string> _files = [];

        public HubDeployment Hub { get; private set; } = null!;
        public BrokerTap Tap { get; private set; } = null!;

        /// <summary>A raw client as contact person kp-01, to see status, content type and body exactly as sent.</summary>
        public HttpClient Http { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Hub = await HubDeployment.CreateAsync();
            await Hub.StartWorkerAsync();
            Tap = await BrokerTap.StartOnAllContractsAsync(Hub.VirtualHost.Name);
            await Hub.StartApiAsync();
            Http = Client(ContactPerson);

            using (var contact = Hub.As(ContactPerson))
                await contact.RegisterConsentAsync(Pnr, "IndividualPlanning", "DisabilityCoding", "WageSubsidy", "GeneralQuestion");

            _files["attachment"] = (await UploadAsync(Http, "läkarintyg.pdf", SmallPdf())).ToString();
            using (var otherUnit = Client(OtherUnitContactPerson))
                _files["foreignAttachment"] = (await UploadAsync(otherUnit, "intyg-annan-enhet.pdf", SmallPdf())).ToString();

            // A file that a valid case has already taken.
            var used = (await UploadAsync(Http, "utlatande.pdf", SmallPdf())).ToString();
            var taken = await PostCaseAsync(Resolve(Json(With(DisabilityCoding, ("disabilityCoding.evidence[0].attachmentId", used)))));
            if (taken.Status != HttpStatusCode.Created)
                throw new InvalidOperationException($"The case that takes a file was refused: {taken.Raw}");
            _files["usedAttachment"] = used;
            await WaitUntilQuietAsync();
        }

        public async Task DisposeAsync()
        {
            Http?.Dispose();
            if (Tap is not null) await Tap.DisposeAsync();
            if (Hub is not null) await Hub.DisposeAsync();
        }

        public HttpClient Client(string userId) => new()
        {
            BaseAddress = Hub.ApiAddress,
            // The rules' English wording is what these cases assert (the API answers in Swedish by default).
            DefaultRequestHeaders = { { "X-Demo-User", userId }, { "Accept-Language", "en" } },
            Timeout = TimeSpan.FromSeconds(60),
        };

        /// <summary>Fills in the {{…}} tokens of a body (dates relative to now, the ids of uploaded files).</summary>
        public string Resolve(string body) => Regex.Replace(body, @"\{\{(?<name>[A-Za-z]+)(:(?<offset>[+-]?\d+))?\}\}", m =>
        {
            var offset = m.Groups["offset"].Success ? int.Parse(m.Groups["offset"].Value) : 0;
            return m.Groups["name"].Value switch
            {
                "day" => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(offset).ToString("yyyy-MM-dd"),
                "hours" => DateTime.UtcNow.AddHours(offset).ToString("O"),
                var file => _files[file],
            };
        });

        public async Task<Answer> PostCaseAsync(string json)
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await Http.PostAsync("/api/v1/cases", content);
            return await ReadAsync(response);
        }

        /// <summary>Uploads a file as multipart field "file" (no part at all when <paramref name="content"/> is null).</summary>
        public async Task<Answer> UploadRawAsync(HttpClient http, string fileName, byte[]? content)
        {
            using var form = new MultipartFormDataContent();
            if (content is null)
            {
                form.Add(new StringContent("ingen fil bifogad"), "note");
            }
            else
            {
                var part = new ByteArrayContent(content);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                // Set by hand: MultipartFormDataContent.Add refuses a blank file name, which is one of the rows. The server
                // reads filename* (RFC 5987, percent-encoded, so any character gets through); the plain filename
                // parameter cannot carry a NUL, so there it is replaced.
                part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "file",
                    FileName = fileName.Replace('\0', '_'),
                    FileNameStar = fileName,
                };
                form.Add(part);
            }
            using var response = await http.PostAsync("/api/v1/attachments", form);
            return await ReadAsync(response);
        }

        public async Task<Guid> UploadAsync(HttpClient http, string fileName, byte[] content)
        {
            var answer = await UploadRawAsync(http, fileName, content);
            if (answer.Status != HttpStatusCode.Created)
                throw new InvalidOperationException($"Upload refused with {(int)answer.Status}: {answer.Raw}");
            return answer.Body!["id"]!.GetValue<Guid>();
        }

        /// <summary>Row counts of every table a submission or upload writes to, as one comparable line.</summary>
        public Task<string> LeftoversAsync() => Hub.Database.ScalarAsync<string>(
            """
            SELECT concat_ws(' ',
                'cases=' || (SELECT count(*) FROM cases),
                'case_history=' || (SELECT count(*) FROM case_history),
                'outbox=' || (SELECT count(*) FROM outbox),
                'attachments=' || (SELECT count(*) FROM attachments),
                'audit_log=' || (SELECT count(*) FROM audit_log),
                'deadlines=' || (SELECT count(*) FROM deadlines),
                'submission_refusals=' || (SELECT count(*) FROM submission_refusals))
            """);

        /// <summary>
        /// Waits until the worker has routed every case and the outbox has published everything, and nothing has
        /// changed in the tables or on the broker for a second — so the next row's before/after sees only itself.
        /// </summary>
        public async Task WaitUntilQuietAsync()
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            string? last = null;
            var stableSince = DateTime.UtcNow;
            while (DateTime.UtcNow < deadline)
            {
                var state = await LeftoversAsync()
                            + $" unpublished={await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM outbox WHERE "PublishedAt" IS NULL""")}"
                            + $" unrouted={await Hub.Database.ScalarAsync<int>("""SELECT count(*) FROM cases WHERE "Status" = 'Submitted'""")}"
                            + $" messages={Tap.Bodies.Count}";
                if (state != last)
                {
                    last = state;
                    stableSince = DateTime.UtcNow;
                }
                else if (state.Contains(" unpublished=0 unrouted=0 ", StringComparison.Ordinal) && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(1))
                {
                    return;
                }
                await Task.Delay(200);
            }
            throw new TimeoutException($"The hub did not become quiet: {last}\n{Hub.AllLogs()}");
        }

        private static async Task<Answer> ReadAsync(HttpResponseMessage response)
        {
            var raw = await response.Content.ReadAsStringAsync();
            JsonNode? body = null;
            if (!string.IsNullOrWhiteSpace(raw))
            {
                try { body = JsonNode.Parse(raw); }
                catch (JsonException) { body = JsonValue.Create(raw); }
            }
            return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, raw);
        }
    }
}
