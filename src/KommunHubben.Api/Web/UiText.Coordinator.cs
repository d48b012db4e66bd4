using System.Globalization;

namespace KommunHubben.Api.Web;

/// <summary>Strings of the coordinator's workspace (Pages/Coordinator): indicators, service figures, caseload,
/// follow-ups and joint projects. Figures, never a jobseeker's name or personnummer.</summary>
public sealed partial class UiText
{
    /// <summary>Project form fields, named "project.*" so that they do not take the user form's labels ("id", "name").</summary>
    private static readonly Dictionary<string, (string, string)> CoordinatorFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["project.id"] = ("Projekt-id", "Project id"),
        ["project.name"] = ("Projektnamn", "Project name"),
        ["project.owner"] = ("Projektägare", "Owner"),
        ["project.starts"] = ("Startdatum", "Start date"),
        ["project.ends"] = ("Slutdatum", "End date"),
        ["project.participantTarget"] = ("Mål för antal deltagare", "Participant target"),
        ["year"] = ("År", "Year"),
        ["by"] = ("Uppdelning", "Breakdown"),
        ["by1"] = ("Dela upp efter", "Break down by"),
        ["by2"] = ("och sedan efter (valfritt)", "and then by (optional)"),
        ["trend"] = ("Trend per", "Trend per"),
    };

    private static readonly Dictionary<string, (string, string)> DimensionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = ("Enhet", "Unit"),
        ["coach"] = ("Coach (kontaktperson)", "Coach (contact person)"),
        ["caseType"] = ("Ärendetyp", "Case type"),
        ["project"] = ("Projekt", "Project"),
        ["month"] = ("Månad", "Month"),
        ["quarter"] = ("Kvartal", "Quarter"),
        ["year"] = ("År", "Year"),
    };

    private static readonly Dictionary<string, (string, string)> StageLabels = new()
    {
        ["SubmissionToFirstAction"] = ("Inskickat → första åtgärd", "Submitted → first action"),
        ["FirstActionToDecision"] = ("Första åtgärd → beslut", "First action → decision"),
        ["SubmissionToDecision"] = ("Inskickat → beslut", "Submitted → decision"),
    };

    private static readonly Dictionary<string, (string, string)> FollowUpLabels = new()
    {
        ["FollowUp3Months"] = ("Uppföljning efter 3 månader", "Follow-up after 3 months"),
        ["FollowUp6Months"] = ("Uppföljning efter 6 månader", "Follow-up after 6 months"),
        ["SelfSufficiency6Months"] = ("Självförsörjning efter 6 månader", "Self-sufficiency after 6 months"),
    };

    public string CoordinatorFieldName(string field) =>
        CoordinatorFieldLabels.TryGetValue(field, out var label) ? S(label.Item1, label.Item2) : field;

    public string Dimension(string code) => DimensionLabels.TryGetValue(code, out var l) ? S(l.Item1, l.Item2) : code;
    public string Stage(string code) => StageLabels.TryGetValue(code, out var l) ? S(l.Item1, l.Item2) : code;
    public string FollowUpKind(string code) => FollowUpLabels.TryGetValue(code, out var l) ? S(l.Item1, l.Item2) : code;

    /// <summary>A group key of the indicator as people read it: case types in words, the rest as the query labelled it.</summary>
    public string GroupLabel(string dimension, string key, string label) => dimension switch
    {
        "caseType" => CaseType(key),
        "project" when key == "none" => NoProject,
        _ => label,
    };

    // --- figures ------------------------------------------------------------------------------------------------
    public string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);
    public string Percent(decimal value) => value.ToString("0.0", CultureInfo.CurrentCulture) + " %";
    public string Hours(double value) => value.ToString("0.0", CultureInfo.CurrentCulture);
    public string SuppressedFigure => S("dolt", "hidden");
    public string SuppressionNote(int threshold) => S(
        $"– = dolt: färre än {threshold}, eller ett tal som annars skulle låta ett dolt tal räknas fram ur en summa. Andelar visas bara när båda talen visas.",
        $"– = hidden: fewer than {threshold}, or a figure that would otherwise let a hidden one be worked out from a total. Shares are shown only when both figures are.");
    public string NoPersonalDataNote => S("Den här arbetsytan visar bara antal, andelar och id för enheter och personal – aldrig personnummer, namn eller fritext om en arbetssökande.",
        "This workspace shows counts, shares and ids of units and staff only – never a jobseeker's personal identity number, name or free text.");

    // --- navigation and start -----------------------------------------------------------------------------------
    public string NavIndicator => S("Indikator", "Indicator");
    public string NavService => S("Hubbens service", "Hub service");
    public string NavCaseload => S("Ärenden per coach", "Caseload");
    public string NavFollowUps => S("Uppföljning", "Follow-up");
    public string NavProjects => S("Projekt", "Projects");

    public string IndicatorTitle => S("Avslutade till arbete eller studier", "Closed to work or studies");
    public string IndicatorIntro(decimal target) => S(
        $"Andelen kvinnor och män vars ärende avslutades till arbete eller studier, av alla avslutade utom återremitterade, jämfört med årets mål ({Percent(target)}). Perioden är avslutsdagen.",
        $"The share of women and of men whose case was closed to work or studies, out of all closed except re-referred, against the year's target ({Percent(target)}). The period is the day of closure.");
    public string ChooseFigures => S("Välj år och uppdelning", "Choose year and breakdown");
    public string NoBreakdown => S("Ingen uppdelning (bara totalen)", "No breakdown (the total only)");
    public string NoSecondBreakdown => S("Ingen", "None");
    public string ShowFigures => S("Visa", "Show");
    public string TrendHeading => S("Trend under året jämfört med målet", "Trend over the year against the target");
    public string TrendPerQuarter => S("Kvartal", "Quarter");
    public string TrendPerMonth => S("Månad", "Month");
    public string IndicatorTableHeading(int year) => S($"Indikatorn {year}", $"The indicator {year}");
    public string TrendTableCaption(int year) => S($"Andel till arbete eller studier per period {year}, i procent", $"Share to work or studies per period {year}, in percent");
    public string Women => S("Kvinnor", "Women");
    public string Men => S("Män", "Men");
    public string UnknownGender => S("Kön okänt", "Gender unknown");
    public string TotalColumn => S("Totalt", "Total");
    public string ClosedHeading => S("Avslutade", "Closed");
    public string WorkOrStudiesHeading => S("Arbete/studier", "Work/studies");
    public string ShareHeading => S("Andel", "Share");
    public string ReReferredHeading => S("Återremitterade", "Re-referred");
    public string TargetHeading => S("Mål", "Target");
    public string MeetsTargetHeading => S("Når målet", "Meets target");
    public string PeriodHeading => S("Period", "Period");
    public string WomenShare => S("Kvinnor, andel (%)", "Women, share (%)");
    public string MenShare => S("Män, andel (%)", "Men, share (%)");
    public string TotalShare => S("Totalt, andel (%)", "Total, share (%)");
    public string TargetLine => S("Mål (%)", "Target (%)");
    public string NoClosuresYet(int year) => S($"Inga ärenden avslutades {year}.", $"No case was closed in {year}.");
    public string ExportHeading => S("Ladda ner tabellen", "Download the table");
    public string ExportCsv => S("CSV (öppnas i Excel, svensk form)", "CSV (opens in Excel, Swedish format)");
    public string ExportJson => S("JSON", "JSON");
    public string ExportHint => S("Samma tal och samma döljande som på sidan.", "The same figures and the same hiding as on the page.");
    public string ChartTableHint => S("Samma tal som i diagrammet finns i tabellen nedanför.", "The table below holds the same figures as the chart.");

    // --- service --------------------------------------------------------------------------------------------------
    public string ServiceTitle => S("Hubbens service", "The hub's service");
    public string ServiceIntro(int year) => S($"För ärenden inskickade {year}: volymer, ledtider, tidsgränser, kompletteringar och avvisningar. Öppna ärenden per handläggare gäller nu.",
        $"For cases submitted in {year}: volumes, lead times, deadlines, supplements and refusals. Open cases per officer are as of now.");
    public string VolumesHeading => S("Ärenden per typ och status", "Cases by type and status");
    public string LeadTimesHeading => S("Ledtider i timmar", "Lead times in hours");
    public string StageHeading => S("Steg", "Stage");
    public string LeadTimeCases => S("Ärenden", "Cases");
    public string Median => S("Median", "Median");
    public string P90 => S("90:e percentilen", "90th percentile");
    public string AllTypes => S("Alla typer", "All types");
    public string DistributionHeading => S("Tid från inskickat till beslut", "Time from submission to decision");
    public string DistributionCaption => S("Antal beslutade ärenden per tid från inskickat till beslut", "Decided cases by time from submission to decision");
    public string Bucket(string label) => label.Replace(" d", S(" dagar", " days"), StringComparison.Ordinal);
    public string CasesColumn => S("Ärenden", "Cases");
    public string SlaHeading => S("Tidsgränser som hölls", "Deadlines met");
    public string SlaKind(string kind) => kind switch
    {
        "FirstAction" => S("Första åtgärd", "First action"),
        "Decision" => S("Beslut", "Decision"),
        _ => kind,
    };
    public string Met => S("Hölls", "Met");
    public string OfAll => S("Av", "Of");
    public string SupplementHeading => S("Kompletteringar", "Supplement round-trips");
    public string SupplementRoundsColumn => S("Antal kompletteringar i ärendet", "Supplement requests in the case");
    public string SupplementRequestsTotal => S("Kompletteringar begärda totalt", "Supplements requested in total");
    public string RefusalsHeading => S("Avvisade inskick (bara antal)", "Refused submissions (counts only)");
    public string Refusal(string code) => code switch
    {
        "MissingConsent" => S("Samtycke saknas", "Missing consent"),
        "ProtectedIdentity" => S("Skyddad identitet", "Protected identity"),
        _ => code,
    };
    public string RefusalsColumn => S("Avvisade", "Refused");
    public string OpenPerOfficerHeading => S("Öppna ärenden per handläggare nu", "Open cases per officer now");
    public string OpenHeading => S("Öppna ärenden", "Open cases");
    public string NoOpenCases => S("Inga öppna ärenden.", "No open cases.");
    public string StaffNotSuppressed => S("Personalens arbetsbelastning handlar inte om arbetssökande och döljs inte.", "Staff workload is not about jobseekers and is not hidden.");

    // --- caseload -------------------------------------------------------------------------------------------------
    public string CaseloadTitle => S("Ärenden per coach", "Caseload per coach");
    public string CaseloadIntro(int low, int high, int benchmark) => S(
        $"Öppna ärenden per coach (kontaktperson) nu. Rekommendation {low}–{high}, riktmärke högst {benchmark} för metodtrohet (IPS). En person med två öppna ärenden räknas två gånger.",
        $"Open cases per coach (contact person) now. Recommendation {low}–{high}, benchmark at most {benchmark} for method fidelity (IPS). A person with two open cases counts twice.");
    public string IpsBands => S("IPS-poäng (trohetsskalan, punkt 1): högst 20 → 5, 21–25 → 4, 26–30 → 3; över 30 flaggas.",
        "IPS score (fidelity scale, item 1): at most 20 → 5, 21–25 → 4, 26–30 → 3; above 30 is flagged.");
    public string CoachHeading => S("Coach", "Coach");
    public string UnitColumn => S("Enhet", "Unit");
    public string ActiveHeading => S("Aktiva ärenden", "Active cases");
    public string IpsHeading => S("IPS-poäng", "IPS score");
    public string FlagHeading => S("Flagga", "Flag");
    public string AboveRecommendation => S("Över rekommendationen", "Above the recommendation");
    public string AboveBenchmark => S("Över riktmärket", "Above the benchmark");
    public string WithinRecommendation => S("Inom rekommendationen", "Within the recommendation");
    public string CaseloadChartTitle => S("Aktiva ärenden per coach", "Active cases per coach");
    public string CaseloadCaption => S("Aktiva ärenden per coach, med rekommendation och riktmärke", "Active cases per coach, with recommendation and benchmark");
    public string RecommendationLow(int v) => S($"Rekommendation, nedre ({v})", $"Recommendation, low ({v})");
    public string RecommendationHigh(int v) => S($"Rekommendation, övre ({v})", $"Recommendation, high ({v})");
    public string BenchmarkLine(int v) => S($"Riktmärke ({v})", $"Benchmark ({v})");
    public string NoCoachesWithCases => S("Ingen coach har öppna ärenden just nu.", "No coach has open cases right now.");

    // --- follow-ups -------------------------------------------------------------------------------------------------
    public string FollowUpsTitle => S("Uppföljning efter avslut", "Follow-up after closure");
    public string FollowUpsIntro(int year, DateOnly asOf) => S(
        $"Ärenden som avslutades till arbete eller studier {year}: hur många uppföljningar som gjorts när de var förfallna (per {Date(asOf)}), och hur många som fortfarande var i arbete eller studier respektive självförsörjande.",
        $"Cases closed to work or studies in {year}: how many follow-ups were done once due (as of {Date(asOf)}), and how many were still in work or studies, or self-sufficient.");
    public string FollowUpHeading => S("Uppföljning", "Follow-up");
    public string Due => S("Förfallna", "Due");
    public string Done => S("Gjorda", "Done");
    public string DoneShare => S("Andel gjorda", "Share done");
    public string Positive => S("I arbete/studier resp. självförsörjande", "In work/studies or self-sufficient");
    public string PositiveShare => S("Andel av gjorda", "Share of done");

    // --- projects -----------------------------------------------------------------------------------------------------
    public string ProjectsTitle => S("Gemensamma projekt", "Joint projects");
    public string ProjectsIntro => S("Deltagare i de gemensamma projekten: hänvisade ärenden, inskrivna, avböjda och hur de avslutades.",
        "Participants of the joint projects: referrals, enrolled, declined and how they closed.");
    public string OwnerHeading => S("Ägare", "Owner");
    public string ProjectPeriodHeading => S("Period", "Period");
    public string ParticipantTargetHeading => S("Mål deltagare", "Participant target");
    public string ReferredHeading => S("Hänvisade", "Referred");
    public string PendingHeading => S("Väntar på beslut", "Pending");
    public string EnrolledHeading => S("Inskrivna", "Enrolled");
    public string DeclinedHeading => S("Avböjda", "Declined");
    public string OtherOutcomeHeading => S("Annat beslut", "Other outcome");
    public string WithdrawnHeading => S("Återkallade", "Withdrawn");
    public string ProjectActiveHeading => S("Aktiva", "Active");
    public string ProjectClosedHeading => S("Avslutade", "Closed");
    public string ClosedToHeading(string category) => category switch
    {
        "Work" => S("Avslutade till arbete", "Closed to work"),
        "Studies" => S("Avslutade till studier", "Closed to studies"),
        "Other" => S("Avslutade, annat", "Closed, other"),
        "ReReferred" => S("Återremitterade", "Re-referred"),
        _ => category,
    };
    public string EnrolledOfTarget => S("Inskrivna av målet", "Enrolled of target");
    public string ProjectFiguresHeading => S("Deltagare och utfall", "Participants and outcomes");
    public string ProjectRegisterHeading => S("Projektregistret", "The project register");
    public string AddProject => S("Lägg till projekt", "Add project");
    public string EditProject => S("Ändra", "Change");
    public string EditProjectLabel(string name) => S($"Ändra {name}", $"Change {name}");
    public string EditProjectTitle(string name) => S($"Ändra projektet {name}", $"Change the project {name}");
    public string SaveProject => S("Spara ändringarna", "Save the changes");
    public string BackToProjects => S("Tillbaka till projekten", "Back to the projects");
    public string ProjectIdHint => S("2–64 små bokstäver, siffror och bindestreck, börjar med en bokstav, t.ex. unga-vuxna. Går inte att ändra senare.",
        "2–64 lower-case letters, digits and hyphens, starting with a letter, e.g. young-adults. Cannot be changed later.");
    public string ProjectAdded(string id) => S($"Projektet {id} är tillagt.", $"The project {id} was added.");
    public string ProjectSaved(string id) => S($"Projektet {id} är sparat.", $"The project {id} was saved.");
    public string ProjectNotFound => S("Projektet finns inte.", "The project does not exist.");
    public string NoProjects => S("Inga projekt är registrerade.", "No projects are registered.");
}
