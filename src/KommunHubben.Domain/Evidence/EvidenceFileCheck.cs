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

    [MemberNotNullWhen(true, nameof(Type))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsAccepted => Type is not null;

    internal static EvidenceFileCheck Accepted(EvidenceFileType type) => new(type, null, string.Empty);

    internal static EvidenceFileCheck Refused(EvidenceFileRefusal refusal, string rule) => new(null, refusal, rule);
}
