using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Persistence.Seeding;

/// <summary>
/// The demo organisation of the embedded default and the tests: 4 AF officers, 36 contact persons over 12 city
/// units, 2 coordinators, 1 administrator and the two joint projects. Names are invented. Seeding is idempotent:
/// it adds only what is missing, so it is safe on every start.
/// </summary>
public static class DemoOrganisation
{
    public static readonly (string Id, string Name, string Kind)[] Units =
    [
        ("jobbtorg-city", "Jobbtorg Stockholm City", "Jobbtorg"),
        ("jobbtorg-soder", "Jobbtorg Söder", "Jobbtorg"),
        ("jobbtorg-vaster", "Jobbtorg Väster", "Jobbtorg"),
        ("jobbtorg-norr", "Jobbtorg Norr", "Jobbtorg"),
        ("jobbtorg-unga", "Jobbtorg Unga vuxna", "Jobbtorg"),
        ("ek-rinkeby-kista", "Ekonomiskt bistånd Rinkeby-Kista", "FinancialAid"),
        ("ek-spanga-tensta", "Ekonomiskt bistånd Spånga-Tensta", "FinancialAid"),
        ("ek-skarholmen", "Ekonomiskt bistånd Skärholmen", "FinancialAid"),
        ("ek-farsta", "Ekonomiskt bistånd Farsta", "FinancialAid"),
        ("ek-enskede", "Ekonomiskt bistånd Enskede-Årsta-Vantör", "FinancialAid"),
        ("ek-hasselby", "Ekonomiskt bistånd Hässelby-Vällingby", "FinancialAid"),
        ("avhoppare", "Avhopparverksamheten", "SupportTeam"),
    ];

    public static readonly (string Id, string Name)[] Officers =
    [
        ("af-anna", "Anna Berg"),
        ("af-bilal", "Bilal Haddad"),
        ("af-cecilia", "Cecilia Lund"),
        ("af-david", "David Ek"),
    ];

    private static readonly string[] GivenNames =
    [
        "Elin", "Farid", "Greta", "Hassan", "Ida", "Johan", "Karin", "Leo", "Maja", "Nils", "Olivia", "Per",
        "Rasmus", "Sara", "Tove", "Ulf", "Vera", "William", "Yasmin", "Zara", "Adam", "Beata", "Carl", "Dalia",
        "Emil", "Fatima", "Gustav", "Hanna", "Isak", "Jana", "Kevin", "Lina", "Mohammed", "Nora", "Oskar", "Paula",
    ];

    /// <summary>Contact person ids are kp-01 … kp-36, three per unit.</summary>
    public static IEnumerable<(string Id, string Name, string UnitId)> ContactPersons() =>
        GivenNames.Select((name, i) => ($"kp-{i + 1:00}", $"{name} Kontakt", Units[i / 3].Id));

    public static async Task SeedAsync(HubDbContext db, CancellationToken ct)
    {
        var existingUnits = await db.Units.Select(u => u.Id).ToHashSetAsync(ct);
        foreach (var (id, name, kind) in Units.Where(u => !existingUnits.Contains(u.Id)))
            db.Units.Add(new Unit { Id = id, Name = name, Kind = kind });

        var existingUsers = await db.Users.Select(u => u.Id).ToHashSetAsync(ct);
        void AddUser(string id, string name, Role role, string? unitId)
        {
            if (!existingUsers.Contains(id))
                db.Users.Add(new StaffUser { Id = id, Name = name, Role = role, UnitId = unitId });
        }
        foreach (var (id, name) in Officers) AddUser(id, name, Role.Officer, null);
        foreach (var (id, name, unit) in ContactPersons()) AddUser(id, name, Role.ContactPerson, unit);
        AddUser("coord-1", "Kim Samordnare", Role.Coordinator, null);
        AddUser("coord-2", "Robin Samordnare", Role.Coordinator, null);
        AddUser("admin-1", "Alex Administratör", Role.Administrator, null);

        // Two officers take every case type; two take the general and planning cases (docs/domain.md's example split).
        var existingProfiles = await db.OfficerProfiles.Select(p => p.OfficerId).ToHashSetAsync(ct);
        foreach (var (id, skills) in new[]
                 {
                     ("af-anna", "GeneralQuestion,IndividualPlanning,DisabilityCoding,WageSubsidy"),
                     ("af-bilal", "GeneralQuestion,IndividualPlanning,DisabilityCoding,WageSubsidy"),
                     ("af-cecilia", "GeneralQuestion,IndividualPlanning"),
                     ("af-david", "GeneralQuestion,IndividualPlanning"),
                 }.Where(p => !existingProfiles.Contains(p.Item1)))
            db.OfficerProfiles.Add(new OfficerProfile { OfficerId = id, Skills = skills });

        var existingProjects = await db.Projects.Select(p => p.Id).ToHashSetAsync(ct);
        if (!existingProjects.Contains("stockholmskraften"))
            db.Projects.Add(new JointProject
            {
                Id = "stockholmskraften", Name = "Stockholmskraften", Owner = "Arbetsförmedlingen",
                Starts = new DateOnly(2024, 9, 1), Ends = new DateOnly(2027, 8, 31), ParticipantTarget = 1000,
            });
        if (!existingProjects.Contains("kvinnors-etablering"))
            db.Projects.Add(new JointProject
            {
                Id = "kvinnors-etablering", Name = "Kvinnors etablering", Owner = "Stockholms stad",
                Starts = new DateOnly(2023, 9, 1), Ends = new DateOnly(2026, 8, 31), ParticipantTarget = 475,
            });

        if (!existingProjects.Contains("avhoppare"))
            db.Projects.Add(new JointProject
            {
                // Not an ESF project but a team cases are tagged to, so its figures can be followed the same way.
                Id = "avhoppare", Name = "Avhopparverksamheten", Owner = "Stockholms stad",
                Starts = new DateOnly(2020, 1, 1), Ends = new DateOnly(2030, 12, 31), ParticipantTarget = 0,
            });

        await db.SaveChangesAsync(ct);
    }
}
