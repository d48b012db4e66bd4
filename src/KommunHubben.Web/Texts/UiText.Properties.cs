using KommunHubben.Web.Infrastructure;
namespace KommunHubben.Web.Texts;

/// <summary>Names of the properties of case details and decisions, as <see cref="CaseFacts"/> shows them.</summary>
public sealed partial class UiText
{

    public string PropertyName(string name) => Label("Property", name);

    /// <summary>The value shown for an evidence item's stored file: the files are listed by name elsewhere on the page.</summary>
    public string AttachedFileListed => Text();

    private static readonly string[] CodeLists = ["CaseType", "Topic", "PlanningKind", "Category", "Evidence", "WageForm", "Outcome", "Closure", "GivenHow"];

    /// <summary>Any of the hub's codes, by whichever list knows it.</summary>
    public string Code(string code)
    {
        foreach (var list in CodeLists)
            if (Knows(list, code)) return Label(list, code);
        return code;
    }
}
