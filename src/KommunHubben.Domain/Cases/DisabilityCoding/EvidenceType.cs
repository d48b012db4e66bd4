namespace KommunHubben.Domain.Cases.DisabilityCoding;

/// <summary>Kinds of evidence (underlag) AF accepts for disability coding.</summary>
public enum EvidenceType
{
    MedicalCertificate,
    RecordExtract,
    NeuropsychiatricAssessment,
    ForsakringskassanDecision,
    SpecialSchoolCertificate,
}
