namespace KommunHubben.Domain.Occupations;

/// <summary>
/// One occupation group (yrkesgrupp) at SSYK 2012 level 4 as Arbetsförmedlingen publishes it: the four-digit code,
/// the Swedish label and the JobTech Taxonomy concept id (so a live taxonomy answer can be matched to it).
/// </summary>
public sealed record SsykOccupation(string Code, string Label, string TaxonomyId);
