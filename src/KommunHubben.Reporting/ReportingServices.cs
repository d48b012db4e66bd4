using KommunHubben.Reporting.Projection;
using KommunHubben.Reporting.Projects;
using KommunHubben.Reporting.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Reporting;

public static class ReportingServices
{
    /// <summary>The coordinators' queries, the project register and the rebuild. The projection's consumer is a workflow consumer.</summary>
    public static IServiceCollection AddHubReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndicatorOptions>().Bind(configuration.GetSection(IndicatorOptions.Section))
            .Validate(o => o.SuppressionThreshold >= 1, $"{IndicatorOptions.Section}:SuppressionThreshold must be at least 1.");
        services.AddScoped<ReportingFacts>();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<ProjectAdministration>();
        services.AddScoped<ProjectionRebuild>();
        return services;
    }
}
