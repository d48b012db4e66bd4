using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;

namespace KommunHubben.Hosting;

/// <summary>
/// Log levels every hub process starts from, beneath appsettings and environment variables (which still override
/// them). HttpClient's handlers and Polly narrate every successful call at Information — four lines and an "execution
/// attempt" per call, under a category spelled as the Refit client's assembly-qualified type name — so the AF gateway's
/// conditional polling alone wrote a line a second per undecided case. At Warning they keep what an operator needs:
/// retries, timeouts, an open circuit, and failures.
/// </summary>
public static class LoggingDefaults
{
    public static readonly IReadOnlyDictionary<string, string?> Levels = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    /// <summary>Puts <see cref="Levels"/> first among the configuration sources, so every other source wins over them.</summary>
    public static void AddHubLoggingDefaults(this IHostApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
}
