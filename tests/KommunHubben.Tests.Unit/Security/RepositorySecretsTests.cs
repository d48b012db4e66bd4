using System.Text.RegularExpressions;

namespace KommunHubben.Tests.Unit.Security;

/// <summary>
/// Secrets come only from configuration and the environment: nothing that works as a real secret is committed.
/// Scans every shipped text file (src/, contracts/, ops/, .ci/, README) — tests/ holds fake keys for its own hubs and is
/// left out on purpose. The only key material allowed is the published demo key of the embedded default, whose key id
/// starts with "demo" so that a Production host refuses it.
/// </summary>
public partial class RepositorySecretsTests
{
    private static readonly string Root = FindRoot();
    private static readonly string[] Scanned = ["src", "contracts", "ops", ".ci", "README.md"];
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "Migrations", ".data"];
    private static readonly string[] TextExtensions = [".cs", ".json", ".sh", ".yaml", ".yml", ".md", ".props", ".csproj", ".conf", ".env", ".txt", ".html", ""];

    /// <summary>Loopback-only passwords of the private test servers ops/services starts; useless anywhere else.</summary>
    private static readonly string[] AllowedPasswords = ["khub-test-secret"];

    [GeneratedRegex(@"-----BEGIN (RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    /// <summary>In configuration and scripts: password=value or password: value (a shell default "${X:-value}" too).</summary>
    [GeneratedRegex(@"(?i)(password|pwd)[""']?\s*(=|:-?)\s*[""']?(?<value>[^;""'\s$}{)]{4,})")]
    private static partial Regex PasswordAssignment();

    /// <summary>In C#: a password written as a string literal (assignments from options are fine).</summary>
    [GeneratedRegex(@"(?i)password\w*\s*=\s*""(?<value>[^""]{4,})""")]
    private static partial Regex PasswordLiteral();

    [GeneratedRegex(@"[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=")]
    private static partial Regex Base64Of32Bytes();

    [GeneratedRegex(@"AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|xox[bp]-[A-Za-z0-9-]{20,}")]
    private static partial Regex CloudToken();

    public static IEnumerable<string> ShippedFiles() =>
        Scanned.Select(p => Path.Combine(Root, p)).SelectMany(p => File.Exists(p) ? [p]
            : Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [])
        .Where(f => !Skipped.Any(s => f.Split(Path.DirectorySeparatorChar).Contains(s)))
        .Where(f => TextExtensions.Contains(Path.GetExtension(f)) && new FileInfo(f).Length < 1_000_000);

    [Fact]
    public void No_shipped_file_holds_a_private_key_a_password_or_a_cloud_token()
    {
        var findings = new List<string>();
        foreach (var file in ShippedFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(Root, file);
            if (PrivateKey().IsMatch(text)) findings.Add($"{name}: private key");
            if (CloudToken().IsMatch(text)) findings.Add($"{name}: access token");
            var passwords = Path.GetExtension(file) == ".cs" ? PasswordLiteral() : PasswordAssignment();
            foreach (Match m in passwords.Matches(text))
                if (!AllowedPasswords.Contains(m.Groups["value"].Value) && !m.Groups["value"].Value.StartsWith("Password", StringComparison.Ordinal))
                    findings.Add($"{name}: password '{m.Groups["value"].Value[..2]}…'");
        }

        Assert.True(ShippedFiles().Count() > 50, "The scan found almost no files; is the repository root right?");
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void The_only_committed_key_material_is_the_demo_key_of_the_embedded_default()
    {
        // package-lock.json holds integrity hashes (base64 too), not secrets.
        var keyFiles = ShippedFiles().Where(f => Path.GetFileName(f) != "package-lock.json" && Base64Of32Bytes().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/')).ToList();

        Assert.Equal(["src/KommunHubben.Api/appsettings.Development.json"], keyFiles);
        var settings = File.ReadAllText(Path.Combine(Root, "src/KommunHubben.Api/appsettings.Development.json"));
        Assert.Matches(@"""ActiveKeyId"":\s*""demo", settings);
        Assert.DoesNotMatch(@"""Keys"":\s*\{\s*""(?!demo)", settings);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KommunHubben.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find KommunHubben.sln above the test output.");
    }
}
