using KommunHubben.Application.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Application;

public static class ApplicationServices
{
    public static IServiceCollection AddHubApplication(this IServiceCollection services)
    {
        services.AddScoped<CaseCommands>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<Consents.ConsentRegister>();
        services.AddScoped<Consents.ConsentCommands>();
        return services;
    }
}
