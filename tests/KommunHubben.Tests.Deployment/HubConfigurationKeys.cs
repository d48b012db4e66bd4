using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KommunHubben.Tests.Deployment;

/// <summary>
/// Every configuration key the hub reads, found from the code itself: the sections bound to options classes
/// (<c>AddOptions&lt;T&gt;().Bind(…GetSection(S))</c>, <c>GetSection(S).Get&lt;T&gt;()</c>) expanded into their properties
/// by reflection, plus keys read one by one as literals (<c>"Hub:Authentication:Mode"</c>). A new options class
/// bound the same way is picked up without touching this test.
/// </summary>
public static partial class HubConfigurationKeys
{
    private static readonly Lazy<IReadOnlyList<string>> Patterns = new(Discover);

    /// <summary>Key patterns such as <c>Hub:Messaging:RabbitMq:Hosts:*</c>; <c>*</c> is one segment (an index or dictionary key).</summary>
    public static IReadOnlyList<string> All => Patterns.Value;

    /// <summary>True if <paramref name="key"/> (colon form, any case) is one the hub reads.</summary>
    public static bool Knows(string key)
    {
        var segments = key.Split(':');
        return All.Any(p =>
        {
            var parts = p.Split(':');
            return parts.Length == segments.Length
                   && parts.Zip(segments).All(x => x.First == "*" || string.Equals(x.First, x.Second, StringComparison.OrdinalIgnoreCase));
        });
    }

    [GeneratedRegex(@"AddOptions<(?:[\w.]+\.)?(?<type>\w+)>\(\)\s*\.Bind\(\s*[\w.]+\.GetSection\((?<section>[^)]+)\)\)")]
    private static partial Regex BindCall();

    [GeneratedRegex(@"GetSection\((?<section>[^)]+)\)\.Get<(?:[\w.]+\.)?(?<type>\w+)>\(\)")]
    private static partial Regex GetCall();

    [GeneratedRegex(@"""(?<key>Hub(?::[A-Za-z]+)+)""")]
    private static partial Regex LiteralKey();

    private static IReadOnlyList<string> Discover()
    {
        var types = HubAssemblies().SelectMany(a => a.GetTypes()).Where(t => t.IsClass).ToList();
        var patterns = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}")))
        {
            var code = File.ReadAllText(file);
            foreach (var match in BindCall().Matches(code).Concat(GetCall().Matches(code)))
            {
                var type = types.Single(t => t.Name == match.Groups["type"].Value);
                var section = ResolveSection(match.Groups["section"].Value.Trim(), types);
                foreach (var key in KeysOf(type, section, depth: 0)) patterns.Add(key);
            }
            foreach (Match literal in LiteralKey().Matches(code)) patterns.Add(literal.Groups["key"].Value);
        }
        // Read by ASP.NET Core's configuration itself: the connection string's other name.
        patterns.Add("ConnectionStrings:Hub");
        return patterns.ToList();
    }

    private static string ResolveSection(string expression, List<Type> types)
    {
        if (expression.StartsWith('"')) return expression.Trim('"');
        // Name.Section: the options class's own constant.
        var typeName = expression.Split('.')[^2];
        var field = types.Single(t => t.Name == typeName).GetField("Section", BindingFlags.Public | BindingFlags.Static)
                    ?? throw new InvalidOperationException($"{typeName} has no Section constant");
        return (string)field.GetRawConstantValue()!;
    }

    private static IEnumerable<string> KeysOf(Type type, string prefix, int depth)
    {
        if (depth > 6) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsCollection(p.PropertyType)))
        {
            var key = $"{prefix}:{property.Name}";
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(t))
            {
                yield return key;
            }
            else if (IsCollection(t))
            {
                // A list or array is bound by index (…:0, …:1), a dictionary by key: one more segment, any value.
                var element = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[^1];
                if (IsScalar(Nullable.GetUnderlyingType(element) ?? element)) yield return key + ":*";
                else foreach (var nested in KeysOf(element, key + ":*", depth + 1)) yield return nested;
            }
            else
            {
                foreach (var nested in KeysOf(t, key, depth + 1)) yield return nested;
            }
        }
    }

    private static bool IsScalar(Type t) =>
        t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
        || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(Uri) || t == typeof(Guid);

    private static bool IsCollection(Type t) => t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);

    private static IEnumerable<Assembly> HubAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "KommunHubben.*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests.", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom);
}
