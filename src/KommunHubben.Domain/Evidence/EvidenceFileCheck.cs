using System.Diagnostics.CodeAnalysis;

namespace KommunHubben.Domain.Evidence;

/// <summary>
/// The outcome of inspecting an evidence file: either the type its content shows, or the refusal and a fixed English
/// <see cref="Rule"/> that may be shown to the user and logged (it never contains the file name: names of medical
/// certificates often hold a person's name or personnummer).
/// </summary>
public sealed record EvidenceFileCheck
{
    private EvidenceFileCheck(EvidenceFileType? type, EvidenceFileRefusal? refusal, string rule)
    {
        Type = type;
        Refusal = refusal;
        Rule = rule;
    }

    /// <summary>The type the content shows; null when refused.</summary>
    public EvidenceFileType? Type { get; }

    /// <summary>Why the file was refused; null when accepted.</summary>
    public EvidenceFileRefusal? Refusal { get; }

    /// <summary>The rule the file broke; empty when accepted.</summary>
    public string Rule { get; }

    /// <summary>The refusal's code for the reader's language (e.g. "file.tooLarge"); empty when accepted.</summary>
    public string Code => Refusal is { } refusal ? Cases.Submission.RuleCode.File(refusal) : string.Empty;

    /// <summary>The arguments of <see cref="Code"/>: the length limit of a file name.</summary>
    public object[] Args => Refusal == EvidenceFileRefusal.NameTooLong ? [EvidenceFileInspector.MaxFileNameLength] : [];

    [MemberNotNullWhen(true, nameof(Type))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Type is not null;

    internal static EvidenceFileCheck Accepted(EvidenceFileType type) => new(type, null, string.Empty);

    internal static EvidenceFileCheck Refused(EvidenceFileRefusal refusal, string rule) => new(null, refusal, rule);
}
