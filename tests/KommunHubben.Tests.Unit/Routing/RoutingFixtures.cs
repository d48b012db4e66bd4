using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Routing;

namespace KommunHubben.Tests.Unit.Routing;

/// <summary>
/// The hub's four officers as the routing tests use them: Bilal and David take wage subsidy and disability coding,
/// everyone takes general questions and individual planning. A load of n is n general questions (weight 1 each).
/// </summary>
internal static class RoutingFixtures
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static readonly CaseType[] Everyday = [CaseType.GeneralQuestion, CaseType.IndividualPlanning];

    public static readonly CaseType[] AllTypes =
        [CaseType.WageSubsidy, CaseType.DisabilityCoding, CaseType.GeneralQuestion, CaseType.IndividualPlanning];

    public static OfficerState Officer(string id, string name, int load, CaseType[] skills, params AbsencePeriod[] away) =>
        new()
        {
            OfficerId = id,
            Name = name,
            Skills = skills.ToHashSet(),
            OpenCases = OpenCaseCounts.Of(Enumerable.Repeat(CaseType.GeneralQuestion, load)),
            Absences = away,
        };

    public static OfficerState Anna(int load = 0, params AbsencePeriod[] away) => Officer("af-anna", "Anna Berg", load, Everyday, away);

    public static OfficerState Bilal(int load = 0, params AbsencePeriod[] away) => Officer("af-bilal", "Bilal Haddad", load, AllTypes, away);

    public static OfficerState Cecilia(int load = 0, params AbsencePeriod[] away) => Officer("af-cecilia", "Cecilia Lund", load, Everyday, away);

    public static OfficerState David(int load = 0, params AbsencePeriod[] away) => Officer("af-david", "David Ek", load, AllTypes, away);

    /// <summary>Away from <paramref name="fromDays"/> to <paramref name="toDays"/> days after today (negative: before).</summary>
    public static AbsencePeriod Away(int fromDays, int toDays) => new(Today.AddDays(fromDays), Today.AddDays(toDays));

    /// <summary>Away today only.</summary>
    public static AbsencePeriod AwayToday => Away(0, 0);

    public static CaseToRoute Case(CaseType type, string unit = "jobbtorg-soder") => new() { Type = type, UnitId = unit };

    /// <summary>The default options with jobbtorg-soder's hub officer set to Cecilia.</summary>
    public static RoutingPolicyOptions WithCeciliaAsSoderHub()
    {
        var options = new RoutingPolicyOptions();
        options.UnitHubOfficers["jobbtorg-soder"] = "af-cecilia";
        return options;
    }
}
