namespace KommunHubben.Api.Web;

/// <summary>Names of the properties of case details and decisions, as <see cref="CaseFacts"/> shows them.</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> PropertyLabels = new()
    {
        ["Topic"] = ("Ämne", "Topic"), ["Question"] = ("Fråga", "Question"), ["Kind"] = ("Vad ärendet gäller", "What it is about"),
        ["Purpose"] = ("Syfte", "Purpose"), ["ProposedMeetingTimes"] = ("Föreslagna mötestider", "Proposed meeting times"),
        ["Categories"] = ("Kategorier", "Categories"), ["EffectOnWork"] = ("Påverkan på arbetsförmågan", "Effect on work capacity"),
        ["Evidence"] = ("Underlag", "Evidence"), ["Type"] = ("Typ", "Type"), ["Author"] = ("Utfärdare", "Author"),
        ["TitleOrAgency"] = ("Titel eller myndighet", "Title or agency"), ["Date"] = ("Datum", "Date"), ["AttachmentId"] = ("Bifogad fil", "Attached file"),
        ["Form"] = ("Form av lönebidrag", "Form of wage subsidy"), ["EmployerOrganisationNumber"] = ("Arbetsgivarens organisationsnummer", "Employer's organisation number"),
        ["Workplace"] = ("Arbetsplats", "Workplace"), ["OccupationCode"] = ("SSYK-kod", "SSYK code"), ["OccupationLabel"] = ("Yrke", "Occupation"),
        ["ExtentPercent"] = ("Omfattning (%)", "Extent (%)"), ["GrossMonthlyWage"] = ("Bruttolön per månad (kr)", "Gross monthly wage (SEK)"),
        ["StartDate"] = ("Startdatum", "Start date"), ["RequestedMonths"] = ("Sökta månader", "Months requested"),
        ["DisabilityCodeReference"] = ("Referens till kodad funktionsnedsättning", "Disability code reference"),
        ["UnionConsulted"] = ("Facket konsulterat", "Union consulted"), ["AdaptationPlan"] = ("Anpassningsplan", "Adaptation plan"),
        ["MonthsAlreadyGranted"] = ("Redan beviljade månader", "Months already granted"), ["EarlierDecisionReference"] = ("Tidigare beslut", "Earlier decision"),
        ["SubsidyBasis"] = ("Bidragsunderlag per månad (kr)", "Subsidy basis per month (SEK)"),
        ["Outcome"] = ("Utfall", "Outcome"), ["Answer"] = ("Svar", "Answer"), ["MeetingAt"] = ("Mötestid", "Meeting time"), ["Place"] = ("Plats", "Place"),
        ["Note"] = ("Anteckning", "Note"), ["Summary"] = ("Sammanfattning", "Summary"), ["Reason"] = ("Skäl", "Reason"), ["Category"] = ("Kategori", "Category"),
        ["Start"] = ("Från", "From"), ["End"] = ("Till", "To"), ["Months"] = ("Månader", "Months"), ["SubsidyPercent"] = ("Bidrag (%)", "Subsidy (%)"),
        ["MonthlySubsidy"] = ("Bidrag per månad (kr)", "Monthly subsidy (SEK)"), ["Description"] = ("Beskrivning", "Description"),
    };

    public string PropertyName(string name) => Label(PropertyLabels, name);

    /// <summary>Any of the hub's codes, by whichever list knows it.</summary>
    public string Code(string code)
    {
        foreach (var labels in new[] { CaseTypeLabels, TopicLabels, PlanningKindLabels, CategoryLabels, EvidenceLabels, WageFormLabels, OutcomeLabels, ClosureLabels, GivenHowLabels })
            if (labels.ContainsKey(code)) return Label(labels, code);
        return code;
    }
}
