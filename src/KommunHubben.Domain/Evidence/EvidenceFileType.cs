namespace KommunHubben.Domain.Evidence;

/// <summary>The file types accepted as evidence (underlag): scanned certificates and decisions come as PDF or images.</summary>
public enum EvidenceFileType
{
    Pdf,
    Png,
    Jpeg,
}
