using System.Diagnostics;
using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Hosting;

/// <summary>
/// The OpenAPI document the hub serves at /openapi/v1.json passes an independent linter: Redocly CLI with its
/// recommended rules (ops/tools/openapi-lint: version pinned in package-lock.json, rules in redocly.yaml, installed
/// by ops/tools/openapi-lint/install.sh, which ops/test.sh runs). Checked for both sign-ins, since the document
/// declares the one the serving hub accepts.
/// </summary>
public sealed class OpenApiLintTests
{
    private static readonly string LintDir = Path.Combine(RepositoryPaths.Root, "ops", "tools", "openapi-lint");
    private static readonly string Redocly = Path.Combine(LintDir, "node_modules", ".bin", "redocly");

    public static TheoryData<string> SignIns => new() { "Demo", "Jwt" };

    [Theory]
    [MemberData(nameof(SignIns))]
    public async Task The_served_OpenAPI_document_passes_the_Redocly_linter_with_its_recommended_rules(string signIn)
    {
        Assert.True(File.Exists(Redocly),
            $"The OpenAPI linter is not installed at {Redocly}. Run: bash ops/tools/openapi-lint/install.sh (needs Node.js with npm).");

        var workDir = Directory.CreateTempSubdirectory("khub-openapi-lint-").FullName;
        try
        {
            var document = Path.Combine(workDir, "v1.json");
            await DownloadDocumentAsync(signIn, document);

            var (exitCode, output) = await LintAsync(document);

            Assert.True(exitCode == 0,
                $"redocly lint found errors in the OpenAPI document ({signIn} sign-in); exit code {exitCode}. Linter output:\n{output}");
            // Warnings do not change the exit code, but a document that lints clean has none either.
            Assert.False(Regex.IsMatch(output, @"\b\d+ warnings?\b"),
                $"redocly lint warned about the OpenAPI document ({signIn} sign-in). Linter output:\n{output}");
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    /// <summary>Starts the embedded hub the way the README does (<see cref="EmbeddedHub"/>) and saves its OpenAPI document.</summary>
    private static async Task DownloadDocumentAsync(string signIn, string target)
    {
        var environment = new Dictionary<string, string>();
        if (signIn == "Jwt")
        {
            // Production's sign-in. The identity provider is never contacted: nothing here signs in.
            environment["Hub__Authentication__Mode"] = "Jwt";
            environment["Hub__Authentication__Jwt__Authority"] = "https://idp.invalid";
            environment["Hub__Authentication__Jwt__Audience"] = "kommunhubben";
        }

        await using var hub = await EmbeddedHub.StartAsync(environment);
        using var http = new HttpClient { BaseAddress = hub.Address };
        await File.WriteAllTextAsync(target, await http.GetStringAsync("/openapi/v1.json"));
    }

    /// <summary>Runs the pinned linter on the document; returns its exit code and everything it printed.</summary>
    private static async Task<(int ExitCode, string Output)> LintAsync(string document)
    {
        var start = new ProcessStartInfo(Redocly)
        {
            WorkingDirectory = Path.GetDirectoryName(document)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --lint-config error: a mistake in redocly.yaml fails the test instead of being skipped with a warning.
        foreach (var arg in new[] { "lint", "--config", Path.Combine(LintDir, "redocly.yaml"), "--lint-config", "error", document })
            start.ArgumentList.Add(arg);
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"redocly lint did not finish within 2 minutes. Output so far:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, $"{await stdout}\n{await stderr}".Trim());
    }
}
