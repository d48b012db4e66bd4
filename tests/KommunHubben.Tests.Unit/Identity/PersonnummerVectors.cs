using System.Globalization;
using System.Text.Json;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>
/// Loads the shared personnummer conformance vectors (TestData/personnummer, copied from the public
/// personnummer/meta repository, MIT licence) from the test output directory, and turns every entry into theory rows.
/// </summary>
internal static class PersonnummerVectors
{
    /// <summary>
    /// The reference date ("today") for the conformance runs. The vectors hold for any reference date from
    /// 2021-07-31 (the youngest valid entry, samordningsnummer 20210791-9967, is born that day; its 12-digit forms
    /// would be in the future before it) to 2100-02-28 (from 2100-03-01, "000229-2399" would resolve to
    /// 2100-02-29, which does not exist). The "+" entries (1909) only need a year of at least 2009.
    /// 2026-11-24 is the date this suite was written, inside that window; the window itself is tested.
    /// </summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 24);

    public static readonly DateOnly EarliestReferenceDate = new(2021, 7, 31);

    public static readonly DateOnly LatestReferenceDate = new(2100, 2, 28);

    private static readonly string[] ListFormats = ["long_format", "short_format", "separated_format", "separated_long"];

    /// <summary>One row per written form of every list.json entry (plus "integer" when it is not 0).</summary>
    public static TheoryData<string, string, bool, string, bool, bool> ListForms()
    {
        var data = new TheoryData<string, string, bool, string, bool, bool>();
        foreach (var entry in Load("list.json").EnumerateArray())
        {
            foreach (var (field, value) in Forms(entry, ListFormats))
            {
                data.Add(
                    field,
                    value,
                    entry.GetProperty("valid").GetBoolean(),
                    entry.GetProperty("type").GetString()!,
                    entry.GetProperty("isMale").GetBoolean(),
                    entry.GetProperty("isFemale").GetBoolean());
            }
        }

        return data;
    }

    /// <summary>The valid list.json entries as (long_format, every form that states the century or a separator).</summary>
    public static TheoryData<string, string, string> ValidListFormsThatDetermineTheCentury()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Load("list.json").EnumerateArray())
        {
            if (!entry.GetProperty("valid").GetBoolean())
            {
                continue;
            }

            var longFormat = entry.GetProperty("long_format").GetString()!;
            foreach (var (field, value) in Forms(entry, ["long_format", "separated_format", "separated_long"]))
            {
                data.Add(longFormat, field, value);
            }
        }

        return data;
    }

    /// <summary>The distinct inputs of the valid list.json entries.</summary>
    public static TheoryData<string> EveryValidListInput() =>
        new(ListForms().Where(row => (bool)row[2]).Select(row => (string)row[1]).Distinct(StringComparer.Ordinal));

    /// <summary>Every list.json form with its expected validity, for runs against other reference dates.</summary>
    public static IReadOnlyList<(string Input, bool Valid)> AllListForms() =>
        ListForms().Select(row => ((string)row[1], (bool)row[2])).ToList();

    /// <summary>
    /// One row per value in structured.json: type (ssn/con), form (integer/string), expected validity, position in its
    /// list, value. The position keeps the file's repeated values (e.g. "090527 1474" twice) as separate rows.
    /// </summary>
    public static TheoryData<string, string, bool, int, string> Structured()
    {
        var data = new TheoryData<string, string, bool, int, string>();
        foreach (var type in Load("structured.json").EnumerateObject())
        {
            foreach (var form in type.Value.EnumerateObject())
            {
                foreach (var validity in form.Value.EnumerateObject())
                {
                    var valid = validity.Name switch
                    {
                        "valid" => true,
                        "invalid" => false,
                        _ => throw new InvalidDataException($"unexpected validity list '{validity.Name}' in structured.json"),
                    };
                    var position = 0;
                    foreach (var value in validity.Value.EnumerateArray())
                    {
                        data.Add(type.Name, form.Name, valid, position++, AsInput(value));
                    }
                }
            }
        }

        return data;
    }

    /// <summary>One row per written form of every interim.json entry: field, value, the vector's "valid".</summary>
    public static TheoryData<string, string, bool> InterimForms()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var entry in Load("interim.json").EnumerateArray())
        {
            foreach (var (field, value) in Forms(entry, ListFormats))
            {
                data.Add(field, value, entry.GetProperty("valid").GetBoolean());
            }
        }

        return data;
    }

    /// <summary>One row per written form of every orgnumber.json entry: field, value, the entry's short_format.</summary>
    public static TheoryData<string, string, string> OrganisationNumberForms()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var entry in Load("orgnumber.json").EnumerateArray())
        {
            var shortFormat = entry.GetProperty("short_format").GetString()!;
            foreach (var (field, value) in Forms(entry, ["short_format", "separated_format"]))
            {
                data.Add(field, value, shortFormat);
            }
        }

        return data;
    }

    /// <summary>Every input in all four files that must not parse as a personnummer.</summary>
    public static TheoryData<string> EveryInvalidPersonnummerInput()
    {
        var inputs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in ListForms().Where(row => !(bool)row[2]))
        {
            inputs.Add((string)row[1]);
        }

        foreach (var row in Structured().Where(row => !(bool)row[2]))
        {
            inputs.Add((string)row[4]);
        }

        foreach (var row in InterimForms())
        {
            inputs.Add((string)row[1]);
        }

        foreach (var row in OrganisationNumberForms())
        {
            inputs.Add((string)row[1]);
        }

        return new TheoryData<string>(inputs);
    }

    private static IEnumerable<(string Field, string Value)> Forms(JsonElement entry, IEnumerable<string> stringFields)
    {
        foreach (var field in stringFields)
        {
            yield return (field, entry.GetProperty(field).GetString()!);
        }

        // "integer" is the long form as a JSON number (0 where the vector has none). None of the vectors starts with
        // a 0 digit, so the number's plain decimal digits are exactly the intended input.
        if (entry.GetProperty("integer").GetInt64() != 0)
        {
            yield return ("integer", AsInput(entry.GetProperty("integer")));
        }
    }

    private static string AsInput(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetInt64().ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidDataException($"unexpected JSON value kind {value.ValueKind} in a vector file"),
    };

    private static JsonElement Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "personnummer", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
