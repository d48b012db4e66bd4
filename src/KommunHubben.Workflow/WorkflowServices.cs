using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Workflow.Deadlines;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KommunHubben.Workflow;

public static class WorkflowServices
{
    /// <summary>The workflow's services; call <see cref="AddWorkflowConsumers"/> inside AddHubMessaging.</summary>
    public static IServiceCollection AddWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlaOptions>().Bind(configuration.GetSection(SlaOptions.Section));
        services.AddOptions<WorkingDayCalendarOptions>().Bind(configuration.GetSection(WorkingDayCalendarOptions.Section));
        services.AddOptions<DeadlineServiceOptions>().Bind(configuration.GetSection(DeadlineServiceOptions.Section));
        services.AddSingleton(sp => new WorkingDayCalendar(sp.GetRequiredService<IOptions<WorkingDayCalendarOptions>>().Value));
        services.AddSingleton(sp => new DeadlinePlanner(sp.GetRequiredService<IOptions<SlaOptions>>().Value, sp.GetRequiredService<WorkingDayCalendar>()));
        services.AddScoped<DeadlineScheduler>();
        services.AddSingleton<CaseLeadTimeMetrics>();
        services.AddScoped<Events.WorkflowBatch>();
        services.AddSingleton<Routing.CaseRouter>();
        services.AddSingleton<DeadlinePlanning>();
        services.AddSingleton<Notifications.Notices>();
        services.AddSingleton<Reporting.ReportingStep>();
        services.AddHostedService<DeadlineService>();
        services.AddHostedService<Retention.RetentionService>();
        services.AddHostedService<Consents.ConsentExpiryService>();
        return services;
    }

    public static void AddWorkflowConsumers(IBusRegistrationConfigurator bus)
    {
        Events.WorkflowEvents.AddHandlers(bus);
    }
}
