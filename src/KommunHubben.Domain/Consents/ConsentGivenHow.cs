namespace KommunHubben.Domain.Consents;

/// <summary>How the person gave their consent (recorded because a consent must be provable).</summary>
public enum ConsentGivenHow
{
    Written,
    Verbal,
    Digital,
}
