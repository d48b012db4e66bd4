using KommunHubben.Domain.Cases;
using KommunHubben.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KommunHubben.Application.Cases;

/// <summary>
/// Gives out the next reference of a year. One statement, the same on PostgreSQL and SQLite: it creates the year's
/// counter row or increments it and returns the new number. Called outside the submission's transaction, so it
/// commits at once and the counter row is locked for that one statement: numbers are unique and increase with
/// time, and a submission that fails after it was numbered (a database error; validation comes first) leaves a gap.
/// </summary>
public static class CaseReferences
{
    private const string Increment = """
        INSERT INTO case_reference_counters ("Year", "LastNumber") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastNumber" = case_reference_counters."LastNumber" + 1
        RETURNING "LastNumber" AS "Value"
        """;

    public static async Task<string> NextAsync(HubDbContext db, DateTime submittedAtUtc, CancellationToken ct)
    {
        var year = CaseReference.YearOf(submittedAtUtc);
        var number = db.Database.IsNpgsql()
            ? await NextOnPostgresAsync(db, year, ct)
            : (await db.Database.SqlQueryRaw<int>(Increment, YearParameter(db, year)).ToListAsync(ct)).Single();
        return CaseReference.Format(year, number);
    }

    /// <summary>SQLite: the year as a parameter of the provider's own kind, under the name the statement uses.</summary>
    private static System.Data.Common.DbParameter YearParameter(HubDbContext db, int year)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "year";
        parameter.Value = year;
        return parameter;
    }

    /// <summary>
    /// The increment committed without waiting for its write-ahead log to reach the disk (<c>synchronous_commit = off</c>
    /// for this transaction alone), in one round trip. Safe because the log is written in order: the case that carries
    /// the number commits synchronously after it, so a committed case's number is on disk with it; if the server fails
    /// before that, the number given out is lost with a case that was never kept, and is given out again. Committed
    /// synchronously, each increment waits for the disk while it holds the year's counter row, so every submission
    /// queues behind the others' disk writes. (The benchmark cannot show this: its database runs with fsync and
    /// synchronous commit off; it found the statement the API's most expensive by time from the row's queue alone.)
    /// </summary>
    private static async Task<int> NextOnPostgresAsync(HubDbContext db, int year, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("BEGIN"),
                    new NpgsqlBatchCommand("SET LOCAL synchronous_commit = off"),
                    new NpgsqlBatchCommand(Increment) { Parameters = { new NpgsqlParameter("year", year) } },
                    new NpgsqlBatchCommand("COMMIT"),
                },
            };
            int? number = null;
            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                do
                {
                    if (await reader.ReadAsync(ct)) number = reader.GetInt32(0);
                } while (await reader.NextResultAsync(ct));
            }
            return number ?? throw new InvalidOperationException("The case reference counter returned no number.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
