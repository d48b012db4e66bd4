using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Application.Retention;

public static class RetentionServices
{
    /// <summary>The retention schedule, its rules (in the order they run), the job and the legal holds.</summary>
    public static IServiceCollection AddHubRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.BatchSize >= 1, $"{RetentionOptions.Section}:BatchSize must be at least 1.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, $"{RetentionOptions.Section}:PollInterval must be positive.");
        services.AddScoped<IRetentionRule, PersonalDetailsRule>();
        services.AddScoped<IRetentionRule, FreeTextRule>();
        services.AddScoped<IRetentionRule, DecisionContentRule>();
        services.AddScoped<IRetentionRule, AttachmentsRule>();
        services.AddScoped<IRetentionRule, MessagesRule>();
        services.AddScoped<IRetentionRule, UnattachedUploadsRule>();
        services.AddScoped<IRetentionRule, RefusedSubmissionsRule>();
        services.AddScoped<IRetentionRule, NotificationsRule>();
        services.AddScoped<IRetentionRule, PublishedOutboxRule>();
        services.AddScoped<IRetentionRule, ProcessedInboxRule>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<LegalHolds>();
        services.AddScoped<RetentionLogReader>();
        return services;
    }
}
