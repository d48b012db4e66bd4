using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KommunHubben.Persistence;

public static class PersistenceServices
{
    /// <summary>Registers the database (provider from configuration) and the personal-data protector.</summary>
    public static IServiceCollection AddHubPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.ConnectionString))
                    o.ConnectionString = configuration.GetConnectionString("Hub") ?? "";
            })
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{DatabaseOptions.Section}:ConnectionString (or ConnectionStrings:Hub) must be set.")
            .ValidateOnStart();
        // Pooled: a consumer or request takes a ready context instead of building one (EF's own service lookups were a
        // large share of the worker's CPU per message). HubDbContext keeps no state of its own, which pooling requires.
        services.AddDbContextPool<HubDbContext>((sp, builder) => Configure(builder, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));

        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.Section));
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton(TimeProvider.System);
        services.AddTransient<DatabaseInitializer>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(PostgresConnectionTuning.Apply(options.ConnectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));
                break;
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"{DatabaseOptions.Section}:Provider must be Sqlite or Postgres.");
        }
    }
}
