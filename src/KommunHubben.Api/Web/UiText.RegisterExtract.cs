using KommunHubben.Application.RegisterExtracts;

namespace KommunHubben.Api.Web;

/// <summary>Strings of the register extract page (Pages/Admin/RegisterExtract) and of the PDF it makes.</summary>
public sealed partial class UiText
{
    private static readonly Dictionary<string, (string, string)> RegisterExtractFieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["requestReference"] = ("Ärendenummer för begäran", "Reference of the request"),
    };

    public string NavRegisterExtract => S("Registerutdrag", "Register extract");
    public string RegisterExtractTitle => S("Registerutdrag", "Register extract");
    public string RegisterExtractIntro => S(
        "När någon begär att få veta vilka uppgifter hubben har om hen (artikel 15 i dataskyddsförordningen) skapar du utdraget här. Det listar personens ärenden med historik, beslut och bifogade filers namn, personens samtycken och varje gång någon har läst personens uppgifter. Att du skapar utdraget loggas.",
        "When someone asks what the hub holds about them (GDPR article 15), make the extract here. It lists the person's cases with history, decisions and attachment names, their consents, and every time someone read their details. Making the extract is logged.");
    public string PersonalIdentityNumberExtractHint => S("ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN. Numret skickas bara i formuläret, aldrig i en adress.", "YYMMDD-NNNN or YYYYMMDDNNNN. The number is only sent in the form, never in an address.");
    public string RequestReferenceHint => S("Diarienumret för personens begäran, till exempel AMF 2026/123.", "The registration number of the person's request, e.g. AMF 2026/123.");
    public string MakePdf => S("Skapa utdrag som PDF", "Make the extract as PDF");
    public string MakeJson => S("Skapa utdrag som JSON", "Make the extract as JSON");
    public string ExtractFileHint => S("Filen laddas ned direkt. Varje utdrag loggas med ärendenumret för begäran.", "The file downloads at once. Every extract is logged with the request's reference.");

    /// <summary>The PDF's words in the reader's language.</summary>
    public ExtractLabels ExtractLabels() => new(
        S("Registerutdrag från KommunHubben", "Register extract from KommunHubben"),
        S("Det här är de uppgifter om dig som finns i KommunHubben, samverkanskanalen mellan Stockholms stad och Arbetsförmedlingen, och vilka som har läst dem.",
          "These are the details about you held in KommunHubben, the cooperation channel between the City of Stockholm and Arbetsförmedlingen, and who has read them."),
        S("Ärendenummer för begäran", "Reference of the request"), S("Skapat", "Made"), S("Skapat av", "Made by"), S("Personnummer", "Personal identity number"),
        S("Ärenden", "Cases"), S("Det finns inga ärenden om dig.", "There are no cases about you."), S("Ärende", "Case"),
        S("Typ", "Type"), S("Status", "Status"), S("Enhet", "Unit"), S("Inskickat", "Submitted"), S("Senast ändrat", "Last changed"),
        S("Utfall", "Outcome"), S("Avslutsorsak", "Closure reason"), S("Uppgifter i ärendet", "Details of the case"),
        S("Uppgifterna har gallrats enligt stadens gallringsplan.", "The details were deleted under the city's retention schedule."),
        S("Beslut", "Decision"), S("Historik", "History"), S("Bifogade filer", "Attachments"), S("Inga", "None"),
        S("Samtycken", "Consents"), S("Det finns inga samtycken.", "There are no consents."), S("Samtycke", "Consent"),
        S("Lämnat", "Given on"), S("Hur det lämnades", "How it was given"), S("Gäller till och med", "Valid until"),
        S("Registrerat av", "Registered by"), S("Återkallat", "Withdrawn"), S("Omfattning", "Scope"),
        S("Vem har läst dina uppgifter", "Who has read your details"), S("Ingen har läst uppgifterna.", "Nobody has read the details."),
        ExtractCode, DateTime, record => CaseFacts.Of(record, this));

    /// <summary>Any code in the extract (type, status, step, role, audit action, outcome …) in words.</summary>
    private string ExtractCode(string code)
    {
        foreach (var label in new[] { Code(code), Status(code), Action(code), Role(code) })
            if (label != code) return label;
        return AuditActionLabels.TryGetValue(code, out var audit) ? S(audit.Item1, audit.Item2) : code;
    }
}
