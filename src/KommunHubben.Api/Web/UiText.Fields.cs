using System.Text.RegularExpressions;

namespace KommunHubben.Api.Web;

/// <summary>The label of each form field, by the API's field name: the forms and the error summary use the same words.</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> FieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["userId"] = ("Användare", "User"),
        ["caseType"] = ("Ärendetyp", "Case type"),
        ["personalIdentityNumber"] = ("Personnummer", "Personal identity number"),
        ["projectId"] = ("Projekt (valfritt)", "Joint project (optional)"),
        ["protectedIdentity"] = ("Skyddad identitet", "Protected identity"),
        ["generalQuestion"] = ("Samverkansfrågan", "The general question"),
        ["generalQuestion.topic"] = ("Ämne", "Topic"),
        ["generalQuestion.question"] = ("Fråga", "Question"),
        ["individualPlanning"] = ("Planeringsärendet", "The planning request"),
        ["individualPlanning.kind"] = ("Vad gäller ärendet", "What the request is about"),
        ["individualPlanning.purpose"] = ("Syfte", "Purpose"),
        ["individualPlanning.proposedMeetingTimes"] = ("Förslag på mötestider", "Proposed meeting times"),
        ["disabilityCoding"] = ("Kodningsärendet", "The coding request"),
        ["disabilityCoding.categories"] = ("Kategorier av funktionsnedsättning", "Disability categories"),
        ["disabilityCoding.effectOnWork"] = ("Hur påverkas arbetsförmågan", "Effect on work capacity"),
        ["disabilityCoding.evidence"] = ("Underlag", "Evidence"),
        ["type"] = ("Typ", "Type"),
        ["author"] = ("Utfärdare", "Author"),
        ["titleOrAgency"] = ("Titel eller myndighet", "Title or agency"),
        ["date"] = ("Datum", "Date"),
        ["attachmentId"] = ("Bifogad fil", "Attached file"),
        ["file"] = ("Fil (PDF, PNG eller JPEG, högst 10 MB)", "File (PDF, PNG or JPEG, at most 10 MB)"),
        ["wageSubsidy"] = ("Lönebidragsansökan", "The wage-subsidy request"),
        ["wageSubsidy.form"] = ("Form av lönebidrag", "Form of wage subsidy"),
        ["wageSubsidy.employerOrganisationNumber"] = ("Arbetsgivarens organisationsnummer", "Employer's organisation number"),
        ["wageSubsidy.workplace"] = ("Arbetsplats", "Workplace"),
        ["wageSubsidy.occupationCode"] = ("Yrke (SSYK-kod, fyra siffror)", "Occupation (SSYK code, four digits)"),
        ["wageSubsidy.extentPercent"] = ("Omfattning (procent av heltid)", "Extent (percent of full time)"),
        ["wageSubsidy.grossMonthlyWage"] = ("Bruttolön per månad (kr)", "Gross monthly wage (SEK)"),
        ["wageSubsidy.startDate"] = ("Startdatum", "Start date"),
        ["wageSubsidy.requestedMonths"] = ("Antal månader som söks", "Months requested"),
        ["wageSubsidy.disabilityCodeReference"] = ("Referens till kodad funktionsnedsättning", "Reference to the disability code"),
        ["wageSubsidy.unionConsulted"] = ("Har facket konsulterats?", "Was the union consulted?"),
        ["wageSubsidy.adaptationPlan"] = ("Plan för anpassning och stöd", "Adaptation and support plan"),
        ["wageSubsidy.earlier"] = ("Tidigare beslut", "Earlier decision"),
        ["wageSubsidy.earlier.monthsAlreadyGranted"] = ("Redan beviljade månader i denna form", "Months already granted in this form"),
        ["wageSubsidy.earlier.earlierDecisionReference"] = ("Referens till tidigare beslut", "Earlier decision reference"),
        ["caseTypes"] = ("Ärendetyper som samtycket gäller", "Case types the consent covers"),
        ["informationScope"] = ("Vilka uppgifter får delas (valfritt)", "Which information may be shared (optional)"),
        ["givenOn"] = ("Samtycket gavs den", "Consent given on"),
        ["givenHow"] = ("Hur samtycket gavs", "How consent was given"),
        ["expiresOn"] = ("Samtycket gäller till och med (högst 366 dagar)", "Consent valid until (at most 366 days)"),
        ["question"] = ("Fråga till kontaktpersonen", "Question to the contact person"),
        ["answer"] = ("Ditt svar", "Your answer"),
        ["outcome"] = ("Utfall", "Outcome"),
        ["explanation"] = ("Motivering", "Explanation"),
        ["meetingAt"] = ("Mötestid (vid möte bokat)", "Meeting time (meeting booked)"),
        ["meetingPlace"] = ("Mötesplats (vid möte bokat)", "Meeting place (meeting booked)"),
        ["category"] = ("Kategori (vid kodad)", "Category (coded)"),
        ["grantedMonths"] = ("Beviljade månader (vid beviljat)", "Granted months (granted)"),
        ["subsidyPercent"] = ("Bidrag i procent (vid beviljat)", "Subsidy percent (granted)"),
        ["closureReason"] = ("Avslutsorsak", "Closure reason"),
        ["reasonCode"] = ("Skäl", "Reason"),
        ["toOfficerId"] = ("Till handläggare", "To officer"),
        ["handOverExplanation"] = ("Varför lämnas ärendet över", "Why the case is handed over"),
        ["releaseExplanation"] = ("Varför släpps ärendet", "Why the case is released"),
        ["rejectExplanation"] = ("Motivering till avvisningen", "Explanation of the rejection"),
        ["accessReason"] = ("Skäl att visa personuppgifterna", "Reason to show the personal details"),
        ["status"] = ("Status", "Status"),
        ["lookupNumber"] = ("Personnummer", "Personal identity number"),
        ["project"] = ("Projekt", "Project"),
        ["minPriority"] = ("Lägsta prioritet", "Minimum priority"),
        ["sort"] = ("Sortering", "Sort order"),
    };

    private static readonly Regex Indexed = new(@"^(?<list>[\w.]+)\[(?<index>\d+)\](\.(?<field>\w+))?$", RegexOptions.CultureInvariant);

    /// <summary>The label for an API field name; list items are numbered from 1 ("Evidence 2: Date").</summary>
    public string FieldName(string field)
    {
        if (FieldLabels.TryGetValue(field, out var label) || AdminFieldLabels.TryGetValue(field, out label)
            || CoordinatorFieldLabels.TryGetValue(field, out label) || RetentionFieldLabels.TryGetValue(field, out label)
            || RegisterExtractFieldLabels.TryGetValue(field, out label)) return S(label.Item1, label.Item2);
        var match = Indexed.Match(field);
        if (!match.Success) return field;
        var list = FieldName(match.Groups["list"].Value);
        var number = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        return match.Groups["field"].Success ? $"{list} {number}: {FieldName(match.Groups["field"].Value)}" : $"{list} {number}";
    }
}
