using KommunHubben.Application.RegisterExtracts;
using KommunHubben.Web.Infrastructure;

namespace KommunHubben.Web.Texts;

/// <summary>Strings of the register extract page (Pages/Admin/RegisterExtract) and of the PDF it makes.</summary>
public sealed partial class UiText
{
    public string NavRegisterExtract => Text("NavRegisterExtract");
    public string RegisterExtractTitle => Text("RegisterExtractTitle");
    public string RegisterExtractIntro => Text("RegisterExtractIntro");
    public string PersonalIdentityNumberExtractHint => Text("PersonalIdentityNumberExtractHint");
    public string RequestReferenceHint => Text("RequestReferenceHint");
    public string MakePdf => Text("MakePdf");
    public string MakeJson => Text("MakeJson");
    public string ExtractFileHint => Text("ExtractFileHint");

    /// <summary>The PDF's words in the reader's language.</summary>
    public ExtractLabels ExtractLabels() => new(
        Text("ExtractLabels"),
        Text("ExtractLabels2"),
        Text("ExtractLabels3"), Text("ExtractLabels4"), Text("ExtractLabels5"), Text("ExtractLabels6"),
        Text("ExtractLabels7"), Text("ExtractLabels8"), Text("ExtractLabels9"),
        Text("ExtractLabels10"), Text("ExtractLabels11"), Text("ExtractLabels12"), Text("ExtractLabels13"), Text("ExtractLabels14"),
        Text("ExtractLabels15"), Text("ExtractLabels16"), Text("ExtractLabels17"),
        Text("ExtractLabels18"),
        Text("ExtractLabels19"), Text("ExtractLabels20"), Text("ExtractLabels21"), Text("ExtractLabels.MessagesHeading"), Text("ExtractLabels22"),
        Text("ExtractLabels23"), Text("ExtractLabels24"), Text("ExtractLabels25"),
        Text("ExtractLabels26"), Text("ExtractLabels27"), Text("ExtractLabels28"),
        Text("ExtractLabels29"), Text("ExtractLabels30"), Text("ExtractLabels31"),
        Text("ExtractLabels32"), Text("ExtractLabels33"),
        ExtractCode, DateTime, record => CaseFacts.Of(record, this));

    /// <summary>Any code in the extract (type, status, step, role, audit action, outcome …) in words.</summary>
    private string ExtractCode(string code)
    {
        foreach (var label in new[] { Code(code), Status(code), Action(code), Role(code) })
            if (label != code) return label;
        return Knows("AuditAction", code) ? Label("AuditAction", code) : code;
    }
}
