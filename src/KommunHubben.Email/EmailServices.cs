using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Email.Demo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KommunHubben.Email;

public static class EmailServices
{
    /// <summary>
    /// E-mail for a hub process: the demo SMTP server when configured (before the worker, so it listens first), and
    /// the mail worker when <paramref name="runWorker"/> (a workflow process) and Hub:Email:Enabled.
    /// </summary>
    public static IServiceCollection AddHubEmail(this IServiceCollection services, IConfiguration configuration, bool runWorker)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton<DemoMailbox>();
        // The settings page (in the API) reads and saves preferences in any process.
        services.AddScoped<MailFacts>();
        services.AddScoped<MailSettingsStore>();
        services.AddScoped<ReceiptQuery>();
        // Bound once: a second Bind would append configured list entries again (the workflow binds them first).
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<SlaOptions>)))
            services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section));
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<WorkingDayCalendarOptions>)))
            services.AddOptions<WorkingDayCalendarOptions>().Bind(configuration.GetSection(WorkingDayCalendarOptions.Section));
        services.TryAddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<WorkingDayCalendarOptions>>().Value));
        if (email.DemoServer.Enabled) services.AddHostedService<DemoMailServer>();
        if (!runWorker || !email.Enabled) return services;

        services.AddSingleton<MailComposer>();
        services.AddScoped<NoticePlanner>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<ReceiptPlanner>();
        services.AddScoped<MailDispatcher>();
        services.AddHostedService<MailWorker>();
        return services;
    }
}
