using System.Text.Json;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Reporting;
using KommunHubben.Reporting.Queries;
using KommunHubben.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Tests.Integration.Indicators;

/// <summary>
/// The indicator counts a year's closures in the database (<see cref="ReportingFacts.ClosuresInYearAsync"/>); it must
/// publish exactly the table that folding the same cases one by one gives — on PostgreSQL and on the embedded SQLite,
/// for every breakdown, including closures in the last hours of a month and of the year, whose Stockholm date is the
/// next day (summer and winter time).
/// </summary>
public sealed class ClosureCountingTests
{
    private const int Year = 2025;

    public static TheoryData<string> Breakdowns => new()
    {
        "", "unit", "coach", "caseType", "project", "month", "quarter", "year",
        "unit,quarter", "coach,month", "caseType,project", "project,unit", "quarter,caseType",
    };

    [Theory]
    [MemberData(nameof(Breakdowns))]
    public async Task Counting_in_PostgreSQL_gives_the_table_of_folding_case_by_case(string breakdown)
    {
        await using var database = await TestDatabase.CreateAsync();
        await AssertSameTablesAsync(DatabaseProvider.Postgres, database.ConnectionString, breakdown);
    }

    [Theory]
    [MemberData(nameof(Breakdowns))]
    public async Task Counting_in_SQLite_gives_the_table_of_folding_case_by_case(string breakdown)
    {
        var file = Path.Combine(Path.GetTempPath(), $"khub-closures-{Guid.NewGuid():N}.db");
        try
        {
            await AssertSameTablesAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", breakdown);
        }
        finally { File.Delete(file); }
    }

    private static async Task AssertSameTablesAsync(DatabaseProvider provider, string connectionString, string breakdown)
    {
        var by = IndicatorDimensions.Parse(breakdown, out var error) ?? throw new ArgumentException(error!.Code);
        await using var services = Services(provider, connectionString);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: false, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            db.ReportingCases.AddRange(Closures());
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var facts = new ReportingFacts(scope.ServiceProvider.GetRequiredService<HubDbContext>());
            var groups = await facts.ClosuresInYearAsync(Year, by, CancellationToken.None);
            var counted = ClosureIndicator.Compute(groups, Year, by, new IndicatorTargets(), threshold: 3);
            var folded = ClosureIndicator.Compute(await facts.ClosedInYearAsync(Year, CancellationToken.None), Year, by, new IndicatorTargets(), threshold: 3);

            Assert.Equal(JsonSerializer.Serialize(folded), JsonSerializer.Serialize(counted));
            // Not a vacuous comparison: the year's closures are all there, and the database did the counting.
            Assert.Equal(ExpectedInYear, counted.Total.Total.Closed.Value + counted.Total.ReReferred.Value);
            Assert.True(groups.Count < ExpectedInYear, $"{groups.Count} groups for {ExpectedInYear} closures: nothing was counted together.");
        }
    }

    /// <summary>Closures in {Year} by Stockholm date: the edge cases below plus the generated ones inside the year.</summary>
    private static int ExpectedInYear => Closures().Count(c => ReportingPeriod.Year(c.ClosedAt!.Value) == Year);

    /// <summary>
    /// 600 closures spread over the year and a few days either side, and instants whose Stockholm date differs from
    /// their UTC date: the last evening of a winter month (UTC+1) and of a summer month (UTC+2), New Year's Eve, the
    /// DST change nights.
    /// </summary>
    private static List<ReportingCase> Closures()
    {
        DateTime[] edges =
        [
            new(2024, 12, 31, 22, 59, 0, DateTimeKind.Utc),  // 23:59 on 31 Dec in Stockholm: last year
            new(2024, 12, 31, 23, 0, 0, DateTimeKind.Utc),   // 00:00 on 1 Jan: this year
            new(2025, 1, 31, 23, 30, 0, DateTimeKind.Utc),   // 1 Feb
            new(2025, 2, 28, 22, 59, 0, DateTimeKind.Utc),   // 28 Feb
            new(2025, 3, 31, 21, 59, 0, DateTimeKind.Utc),   // 31 Mar 23:59 CEST
            new(2025, 3, 31, 22, 0, 0, DateTimeKind.Utc),    // 1 Apr: Q2
            new(2025, 3, 30, 0, 59, 0, DateTimeKind.Utc),    // the night summer time starts
            new(2025, 6, 30, 22, 15, 0, DateTimeKind.Utc),   // 1 Jul: Q3
            new(2025, 9, 30, 23, 45, 0, DateTimeKind.Utc),   // 1 Oct: Q4
            new(2025, 10, 26, 0, 30, 0, DateTimeKind.Utc),   // the night summer time ends
            new(2025, 10, 31, 22, 30, 0, DateTimeKind.Utc),  // 31 Oct 23:30 CET
            new(2025, 12, 31, 22, 59, 0, DateTimeKind.Utc),  // 31 Dec 23:59: this year
            new(2025, 12, 31, 23, 0, 0, DateTimeKind.Utc),   // 1 Jan next year
            new(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc),
        ];
        var random = new Random(2025);
        var generated = Enumerable.Range(0, 600).Select(_ =>
            new DateTime(2024, 12, 29, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 372 * 24 * 60)));
        string[] units = ["unit-a", "unit-b", "unit-c", "unit-d"];
        string?[] projects = [null, null, "stockholmskraften", "kvinnors-etablering"];
        string?[] genders = ["Woman", "Man", "Woman", "Man", null];
        ClosureReason?[] reasons = [ClosureReason.Work, ClosureReason.Studies, ClosureReason.ReReferred, ClosureReason.OtherEffort, ClosureReason.Other, null];
        var types = Enum.GetValues<CaseType>();
        var i = 0;
        return edges.Concat(generated).Select(closedAt =>
        {
            var n = i++;
            return new ReportingCase
            {
                CaseId = new Guid(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]),
                Type = types[n % types.Length],
                UnitId = units[n % units.Length],
                ContactPersonId = n % 17 == 0 ? null : $"kp-{n % 9:00}",
                ProjectId = projects[n / 3 % projects.Length],
                Gender = genders[n / 2 % genders.Length],
                SubmittedAt = closedAt.AddDays(-20),
                Status = CaseStatus.Closed,
                StatusAt = closedAt,
                ClosedAt = closedAt,
                ClosureReason = reasons[n / 5 % reasons.Length],
            };
        }).ToList();
    }

    private static ServiceProvider Services(DatabaseProvider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Database:Provider"] = provider.ToString(),
            ["Hub:Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubPersistence(configuration);
        services.AddSingleton(TimeProvider.System);
        return services.BuildServiceProvider();
    }
}
