using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Cases;

/// <summary>
/// Gives out the next reference of a year. One statement, the same on PostgreSQL and SQLite: it creates the year's
/// counter row or increments it and returns the new number. Called outside the submission's transaction, so it
/// commits at once and the counter row is locked for that one statement: numbers are unique and increase with
/// time, and a submission that fails after it was numbered (a database error; validation comes first) leaves a gap.
/// </summary>
public static class CaseReferences
{
    public static async Task<string> NextAsync(HubDbContext db, DateTime submittedAtUtc, CancellationToken ct)
    {
        var year = CaseReference.YearOf(submittedAtUtc);
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO case_reference_counters ("Year", "LastNumber") VALUES ({year}, 1)
            ON CONFLICT ("Year") DO UPDATE SET "LastNumber" = case_reference_counters."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(ct);
        return CaseReference.Format(year, numbers.Single());
    }
}
