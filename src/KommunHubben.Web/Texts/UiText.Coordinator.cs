using System.Globalization;

namespace KommunHubben.Web.Texts;

/// <summary>Strings of the coordinator's workspace (Pages/Coordinator): indicators, service figures, caseload,
/// follow-ups and joint projects. Figures, never a jobseeker's name or personnummer.</summary>
public sealed partial class UiText
{




    public string CoordinatorFieldName(string field) =>
        Label("CoordinatorField", field);

    public string Dimension(string code) => Label("Dimension", code);
    public string Stage(string code) => Label("Stage", code);
    public string FollowUpKind(string code) => Label("FollowUp", code);

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
    public string SuppressedFigure => Text();
    public string SuppressionNote(int threshold) => Format("SuppressionNote", threshold);
    public string NoPersonalDataNote => Text();

    // --- navigation and start -----------------------------------------------------------------------------------
    public string NavIndicator => Text();
    public string NavService => Text();
    public string NavCaseload => Text();
    public string NavFollowUps => Text();
    public string NavProjects => Text();

    public string IndicatorTitle => Text();
    public string IndicatorIntro(decimal target) => Format("IndicatorIntro", Percent(target));
    public string ChooseFigures => Text();
    public string NoBreakdown => Text();
    public string NoSecondBreakdown => Text();
    public string ShowFigures => Text();
    public string TrendHeading => Text();
    public string TrendPerQuarter => Text();
    public string TrendPerMonth => Text();
    public string IndicatorTableHeading(int year) => Format("IndicatorTableHeading", year);
    public string TrendTableCaption(int year) => Format("TrendTableCaption", year);
    public string Women => Text();
    public string Men => Text();
    public string UnknownGender => Text();
    public string TotalColumn => Text();
    public string ClosedHeading => Text();
    public string WorkOrStudiesHeading => Text();
    public string ShareHeading => Text();
    public string ReReferredHeading => Text();
    public string TargetHeading => Text();
    public string MeetsTargetHeading => Text();
    public string PeriodHeading => Text();
    public string WomenShare => Text();
    public string MenShare => Text();
    public string TotalShare => Text();
    public string TargetLine => Text();
    public string NoClosuresYet(int year) => Format("NoClosuresYet", year);
    public string ExportHeading => Text();
    public string ExportCsv => Text();
    public string ExportJson => Text();
    public string ExportHint => Text();
    public string ChartTableHint => Text();

    // --- service --------------------------------------------------------------------------------------------------
    public string ServiceTitle => Text();
    public string ServiceIntro(int year) => Format("ServiceIntro", year);
    public string VolumesHeading => Text();
    public string LeadTimesHeading => Text();
    public string StageHeading => Text();
    public string LeadTimeCases => Text();
    public string Median => Text();
    public string P90 => Text();
    public string AllTypes => Text();
    public string DistributionHeading => Text();
    public string DistributionCaption => Text();
    public string Bucket(string label) => label.Replace(" d", Text("Bucket"), StringComparison.Ordinal);
    public string CasesColumn => Text();
    public string SlaHeading => Text();
    public string SlaKind(string kind) => kind switch
    {
        "FirstAction" => Text("SlaKind.FirstAction"),
        "Decision" => Text("SlaKind.Decision"),
        _ => kind,
    };
    public string Met => Text();
    public string OfAll => Text();
    public string SupplementHeading => Text();
    public string SupplementRoundsColumn => Text();
    public string SupplementRequestsTotal => Text();
    public string RefusalsHeading => Text();
    public string Refusal(string code) => code switch
    {
        "MissingConsent" => Text("Refusal.MissingConsent"),
        "ProtectedIdentity" => Text("Refusal.ProtectedIdentity"),
        _ => code,
    };
    public string RefusalsColumn => Text();
    public string OpenPerOfficerHeading => Text();
    public string OpenHeading => Text();
    public string NoOpenCases => Text();
    public string StaffNotSuppressed => Text();

    // --- caseload -------------------------------------------------------------------------------------------------
    public string CaseloadTitle => Text();
    public string CaseloadIntro(int low, int high, int benchmark) => Format("CaseloadIntro", low, high, benchmark);
    public string IpsBands => Text();
    public string CoachHeading => Text();
    public string UnitColumn => Text();
    public string ActiveHeading => Text();
    public string IpsHeading => Text();
    public string FlagHeading => Text();
    public string AboveRecommendation => Text();
    public string AboveBenchmark => Text();
    public string WithinRecommendation => Text();
    public string CaseloadChartTitle => Text();
    public string CaseloadCaption => Text();
    public string RecommendationLow(int v) => Format("RecommendationLow", v);
    public string RecommendationHigh(int v) => Format("RecommendationHigh", v);
    public string BenchmarkLine(int v) => Format("BenchmarkLine", v);
    public string NoCoachesWithCases => Text();

    // --- follow-ups -------------------------------------------------------------------------------------------------
    public string FollowUpsTitle => Text();
    public string FollowUpsIntro(int year, DateOnly asOf) => Format("FollowUpsIntro", year, Date(asOf));
    public string FollowUpHeading => Text();
    public string Due => Text();
    public string Done => Text();
    public string DoneShare => Text();
    public string Positive => Text();
    public string PositiveShare => Text();

    // --- projects -----------------------------------------------------------------------------------------------------
    public string ProjectsTitle => Text();
    public string ProjectsIntro => Text();
    public string OwnerHeading => Text();
    public string ProjectPeriodHeading => Text();
    public string ParticipantTargetHeading => Text();
    public string ReferredHeading => Text();
    public string PendingHeading => Text();
    public string EnrolledHeading => Text();
    public string DeclinedHeading => Text();
    public string OtherOutcomeHeading => Text();
    public string WithdrawnHeading => Text();
    public string ProjectActiveHeading => Text();
    public string ProjectClosedHeading => Text();
    public string ClosedToHeading(string category) => category switch
    {
        "Work" => Text("ClosedToHeading.Work"),
        "Studies" => Text("ClosedToHeading.Studies"),
        "Other" => Text("ClosedToHeading.Other"),
        "ReReferred" => Text("ClosedToHeading.ReReferred"),
        _ => category,
    };
    public string EnrolledOfTarget => Text();
    public string ProjectFiguresHeading => Text();
    public string ProjectRegisterHeading => Text();
    public string AddProject => Text();
    public string EditProject => Text();
    public string EditProjectLabel(string name) => Format("EditProjectLabel", name);
    public string EditProjectTitle(string name) => Format("EditProjectTitle", name);
    public string SaveProject => Text();
    public string BackToProjects => Text();
    public string ProjectIdHint => Text();
    public string ProjectAdded(string id) => Format("ProjectAdded", id);
    public string ProjectSaved(string id) => Format("ProjectSaved", id);
    public string ProjectNotFound => Text();
    public string NoProjects => Text();
    public string YearRange => Text();
    public string ExportFormatRule => Text();
    public string BreakdownRule => Text();
    public string OneDimensionRule => Text();
}
