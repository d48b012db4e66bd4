namespace KommunHubben.Cli;

/// <summary>Dispatches khub's commands. Each command lives in its own class.</summary>
public static class CommandLine
{
    private const string Usage = """
        khub — KommunHubben administration

          khub db migrate                       apply PostgreSQL migrations as the migration role (connection from
                                                Hub__Database__MigrationConnectionString, else KHUB_DB or ConnectionStrings__Hub)
          khub db add-migration <Name> <dir>    developers: scaffold a PostgreSQL migration into <dir> (the Persistence project)
          khub seed                             add the demo organisation where missing (units, users, skills, projects)
          khub users list                       every user with role, unit and whether active
          khub users add <id> <role> --name "…" [--unit <unitId>]
                                                add a user (ContactPerson needs a unit)
          khub users deactivate <id>            stop a user's sign-in and routing; history and audit stay

          khub dead-letters list                every endpoint's <endpoint>_error queue and khub-dead-letters, with message counts
          khub dead-letters inspect <queue> [--max N]
                                                show up to N (default 20) messages without removing them: message id, type,
                                                fault, time, deliveries, the message's keys and ids (never the whole body)
          khub dead-letters redrive <queue> (--message-id ID | --all) [--reason "..."]
                                                move messages back to their endpoint's input queue (for khub-dead-letters: the
                                                queue in the x-death header); each is written to the audit log and removed only
                                                after the broker confirmed it
          khub dead-letters discard <queue> --message-id ID --reason "..."
                                                remove one message for good, writing to the audit log and printing what was
                                                removed, by whom and why

          khub reporting rebuild                rebuild the coordinators' reporting projection from the event history (and
                                                any outbox events it lacks), in one transaction
          khub export indicators --year YYYY [--format csv|json] [--by unit[,quarter]] [--out FILE]
                                                the primary indicator, suppressed as in the API: CSV (UTF-8 BOM, ';',
                                                decimal comma) or JSON with the Kolada-shaped yearly summary; stdout without --out

          dead-letters connects with the hub's own settings: Hub__Messaging__RabbitMq__Host, __Port, __VirtualHost,
          __Username, __Password (defaults 127.0.0.1, 5672, kommunhubben); redrive and discard also need the database
          (KHUB_DB or ConnectionStrings__Hub) for the audit log, where they appear as khub:<account>.
          Exit status: 0 done, 1 failed (broker unreachable, queue or message not found, …), 2 usage.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["db", "migrate"] => await MigrateCommand.RunAsync(),
                ["db", "add-migration", var name, var projectDir] => AddMigrationCommand.Run(name, projectDir),
                ["seed"] => await SeedCommand.RunAsync(),
                ["users", "list"] => await UsersCommand.ListAsync(),
                ["users", "add", var id, var role, "--name", var name] => await UsersCommand.AddAsync(id, role, name, null),
                ["users", "add", var id, var role, "--name", var name, "--unit", var unit] => await UsersCommand.AddAsync(id, role, name, unit),
                ["users", "deactivate", var id] => await UsersCommand.DeactivateAsync(id),
                ["reporting", "rebuild"] => await ReportingCommands.RebuildAsync(),
                ["export", "indicators", .. var rest] => await ReportingCommands.ExportIndicatorsAsync(rest),
                ["dead-letters", "list"] => await ListDeadLettersCommand.RunAsync(),
                ["dead-letters", "inspect", var queue, .. var rest] when !queue.StartsWith("--") => await InspectDeadLettersCommand.RunAsync(queue, rest),
                ["dead-letters", "redrive", var queue, .. var rest] when !queue.StartsWith("--") => await RedriveDeadLettersCommand.RunAsync(queue, rest),
                ["dead-letters", "discard", var queue, .. var rest] when !queue.StartsWith("--") => await DiscardDeadLetterCommand.RunAsync(queue, rest),
                _ => PrintUsage(),
            };
        }
        catch (Exception ex) when (ex is UsageException or Operations.DeadLetters.NotADeadLetterQueueException)
        {
            await Console.Error.WriteLineAsync($"khub: {ex.Message}");
            return PrintUsage();
        }
        catch (Exception ex)
        {
            // Administrators get one line they can act on, never a stack trace.
            await Console.Error.WriteLineAsync($"khub: {ex.Message}");
            return 1;
        }
    }

    private static int PrintUsage()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }
}
