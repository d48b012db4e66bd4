namespace KommunHubben.Domain.Evidence;

/// <summary>Why an evidence file was refused, for code that must react differently (e.g. 413 for a file too large).</summary>
public enum EvidenceFileRefusal
{
    NameMissing,
    NameTooLong,
    NameHasNul,
    NameHasControlCharacter,
    NameHasBidiControl,
    NameHasPathSeparator,
    NameHasParentReference,
    Empty,
    TooLarge,
    UnknownContent,
}
