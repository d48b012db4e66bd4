using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KommunHubben.Persistence;

/// <summary>All times in the hub are UTC. SQLite stores them as text without a zone, so reads are marked UTC again
/// (otherwise the API would send times without "Z" and clients would read them as local time).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
