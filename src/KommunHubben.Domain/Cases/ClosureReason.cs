namespace KommunHubben.Domain.Cases;

/// <summary>
/// Why a case was closed — the fixed list the coordinators' indicator counts on (docs/domain.md, "What coordinators
/// measure"). Work and Studies follow Kolada's definition: work is regular or subsidised employment of at least one
/// continuous month (not a municipal labour-market job); studies are CSN-eligible. ReReferred (återremitterad) is
/// left out of the indicator's denominator.
/// </summary>
public enum ClosureReason
{
    Work,
    Studies,
    ReReferred,
    OtherEffort,
    Other,
}
