using KommunHubben.Application.Cases;
using KommunHubben.Application.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace KommunHubben.Application;

public static class ApplicationServices
{
    public static IServiceCollection AddHubApplication(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        // The wage ceiling and period caps are configuration, not constants (docs/domain.md: set by law and budget, they change).
        services.AddOptions<Domain.WageSubsidy.WageSubsidyRulesOptions>().Bind(configuration.GetSection(Domain.WageSubsidy.WageSubsidyRulesOptions.Section));
        // Routing weights, cap, unit hub officers and priority rules: read by the workflow and by redistribution.
        services.AddOptions<Domain.Routing.RoutingPolicyOptions>().Bind(configuration.GetSection(Domain.Routing.RoutingPolicyOptions.Section));
        services.AddScoped<Officers.OfficerAdministration>();
        services.AddScoped<CaseSubmission>();
        services.AddSingleton<ProjectCatalogue>();
        services.AddSingleton<Users.ActiveUserCache>();
        services.AddScoped<Cases.Actions.CaseActionContext>();
        services.AddScoped<Cases.Actions.CaseActions>();
        services.AddScoped<FollowUpCommands>();
        services.AddScoped<CaseQueries>();
        services.AddScoped<NameDirectory>();
        services.AddScoped<OfficerDay>();
        services.AddScoped<SharedQueue>();
        services.AddScoped<CaseSearch>();
        services.AddScoped<BulkCaseActions>();
        services.AddScoped<NoticeInbox>();
        services.AddScoped<ClaimNext>();
        services.AddScoped<Consents.ConsentRegister>();
        services.AddScoped<Consents.ConsentCommands>();
        services.AddOptions<Consents.ConsentExpiryOptions>().Bind(configuration.GetSection(Consents.ConsentExpiryOptions.Section))
            .Validate(o => o.NoticeDays >= 0, $"{Consents.ConsentExpiryOptions.Section}:NoticeDays must not be negative.")
            .Validate(o => o.BatchSize >= 1, $"{Consents.ConsentExpiryOptions.Section}:BatchSize must be at least 1.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, $"{Consents.ConsentExpiryOptions.Section}:PollInterval must be positive.");
        services.AddScoped<Consents.ConsentExpiryJob>();
        services.AddScoped<Attachments.AttachmentCommands>();
        services.AddScoped<Conversations.CaseConversation>();
        services.AddScoped<Users.UserAdministration>();
        services.AddScoped<Users.SignInDirectory>();
        services.AddScoped<Auditing.AuditLog>();
        services.AddScoped<Operations.DeadLetterAdministration>();
        services.AddHubRetention(configuration);
        services.AddScoped<RegisterExtracts.RegisterExtractQuery>();
        return services;
    }
}
