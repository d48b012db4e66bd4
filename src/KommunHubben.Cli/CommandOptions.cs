namespace KommunHubben.Cli;

/// <summary>The few <c>--name value</c> and <c>--flag</c> options khub's commands take; anything else is a usage error.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public static CommandOptions Parse(IReadOnlyList<string> args, string[] valued, string[] flags)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (valued.Contains(arg))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException($"{arg} needs a value.");
                if (!options._values.TryAdd(arg, args[++i])) throw new UsageException($"{arg} given twice.");
            }
            else if (flags.Contains(arg)) options._flags.Add(arg);
            else throw new UsageException($"unexpected argument '{arg}'.");
        }
        return options;
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    public int PositiveInt(string name, int fallback)
    {
        if (Value(name) is not { } text) return fallback;
        return int.TryParse(text, out var n) && n > 0 ? n : throw new UsageException($"{name} must be a positive whole number, not '{text}'.");
    }
}
