using System.Text;
using KommunHubben.Domain.Occupations;

namespace KommunHubben.Tests.Unit.Occupations;

public sealed class SsykCatalogueTests
{
    private static readonly SsykCatalogue Catalogue = SsykCatalogue.Shipped;

    /// <summary>SCB manager groups (12xx–17xx) that have no level 1/level 2 split, so AF keeps their codes as they are.</summary>
    private static readonly string[] UnsplitManagerGroups = ["1230", "1380", "1540"];

    [Fact]
    public void The_shipped_list_has_the_400_groups_of_AFs_level_4()
    {
        Assert.Equal(400, Catalogue.All.Count);
    }

    [Fact]
    public void The_shipped_list_is_read_once_and_shared()
    {
        Assert.Same(SsykCatalogue.Shipped, SsykCatalogue.Shipped);
    }

    [Fact]
    public void Every_code_is_four_ascii_digits_and_appears_once()
    {
        Assert.All(Catalogue.All, o => Assert.Matches("^[0-9]{4}$", o.Code));
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(o => o.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_list_is_sorted_by_code()
    {
        Assert.Equal(Catalogue.All.Select(o => o.Code).Order(StringComparer.Ordinal), Catalogue.All.Select(o => o.Code));
    }

    [Fact]
    public void Every_group_has_a_label_and_a_taxonomy_id()
    {
        Assert.All(Catalogue.All, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Label));
            Assert.Matches("^[A-Za-z0-9_]{4}_[A-Za-z0-9_]{3}_[A-Za-z0-9_]{3}$", o.TaxonomyId);
        });
    }

    [Fact]
    public void Swedish_labels_keep_their_å_ä_and_ö()
    {
        Assert.True(Catalogue.TryResolve("9111", out var cleaners));
        Assert.Equal("Städare", cleaners.Label);
        Assert.True(Catalogue.TryResolve("1790", out var otherManagers));
        Assert.Equal("Övriga chefer inom övrig servicenäring", otherManagers.Label);
        Assert.Contains(Catalogue.All, o => o.Label.Contains('ö'));
        Assert.Contains(Catalogue.All, o => o.Label.Contains('å'));
        Assert.Contains(Catalogue.All, o => o.Label.Contains('ä'));
        // Mojibake from a wrong encoding ("Ã¶" for "ö") or a replacement character would show here.
        Assert.DoesNotContain(Catalogue.All, o => o.Label.Contains('Ã') || o.Label.Contains('\uFFFD'));
    }

    [Theory]
    [InlineData("0110", "Officerare")]
    [InlineData("2512", "Mjukvaru- och systemutvecklare m.fl.")]
    [InlineData("5343", "Personliga assistenter")]
    [InlineData("1111", "Politiker")]
    [InlineData("1230", "Förvaltnings- och planeringschefer")]
    public void An_AF_code_resolves_to_its_own_group(string code, string label)
    {
        Assert.True(Catalogue.TryResolve(code, out var occupation));
        Assert.Equal(code, occupation.Code);
        Assert.Equal(label, occupation.Label);
    }

    [Theory]
    [InlineData("1211", "1210")]
    [InlineData("1212", "1210")]
    [InlineData("1311", "1310")]
    [InlineData("1512", "1510")]
    [InlineData("1611", "1610")]
    [InlineData("1741", "1740")]
    [InlineData("1792", "1790")]
    [InlineData("5322", "5321")]
    [InlineData("5324", "5323")]
    public void An_SCB_code_that_AF_merged_resolves_to_AFs_group(string scbCode, string afCode)
    {
        Assert.True(Catalogue.TryResolve(scbCode, out var occupation));
        Assert.Equal(afCode, occupation.Code);
    }

    [Fact]
    public void Every_split_SCB_manager_group_resolves_to_AFs_single_group()
    {
        var afManagerGroups = Catalogue.All
            .Select(o => o.Code)
            .Where(c => c[0] == '1' && c[1] is >= '2' and <= '7' && c[3] == '0' && !UnsplitManagerGroups.Contains(c))
            .ToArray();

        // 429 SCB groups − 400 AF groups = 25 manager pairs + 5322 + 5324 + 4430 + 7619.
        Assert.Equal(25, afManagerGroups.Length);
        Assert.All(afManagerGroups, afCode =>
        {
            foreach (var level in new[] { '1', '2' })
            {
                Assert.True(Catalogue.TryResolve(string.Concat(afCode.AsSpan(0, 3), level.ToString()), out var occupation));
                Assert.Equal(afCode, occupation.Code);
            }
        });
    }

    [Theory]
    [InlineData("4430")] // SCB group absent at AF
    [InlineData("7619")] // SCB group absent at AF
    [InlineData("1231")] // 1230 is not split at SCB either, so there is no level 1 code
    [InlineData("1232")]
    [InlineData("1381")]
    [InlineData("1542")]
    [InlineData("1121")] // major group 11 is not split
    [InlineData("1213")] // only levels 1 and 2 exist
    [InlineData("5327")] // between AF's 5326 and 5330
    [InlineData("9999")]
    [InlineData("0000")]
    public void A_code_in_neither_list_is_refused(string code)
    {
        Assert.False(Catalogue.TryResolve(code, out _));
    }

    [Theory]
    [InlineData(" 2512")]
    [InlineData("2512 ")]
    [InlineData("\t2512\n")]
    public void Surrounding_whitespace_is_ignored(string code)
    {
        Assert.True(Catalogue.TryResolve(code, out var occupation));
        Assert.Equal("2512", occupation.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("251")]
    [InlineData("25120")]
    [InlineData("25a2")]
    [InlineData("25 12")]
    [InlineData("-251")]
    [InlineData("+2512")]
    [InlineData("2512.0")]
    [InlineData("２５１２")] // full-width digits
    [InlineData("٢٥١٢")] // Arabic-Indic digits
    public void Anything_but_four_ascii_digits_is_refused(string? code)
    {
        Assert.False(Catalogue.TryResolve(code, out _));
    }

    [Fact]
    public void A_catalogue_refuses_a_code_that_appears_twice()
    {
        var entry = new SsykOccupation("2512", "Mjukvaruutvecklare", "DJh5_yyF_hEM");

        Assert.Throws<ArgumentException>(() => new SsykCatalogue([entry, entry with { Label = "Annan" }]));
    }

    [Theory]
    [InlineData("251")]
    [InlineData("25x2")]
    public void A_catalogue_refuses_a_malformed_code(string code)
    {
        Assert.Throws<ArgumentException>(() => new SsykCatalogue([new SsykOccupation(code, "Label", "DJh5_yyF_hEM")]));
    }

    [Fact]
    public void Loading_a_list_with_a_misspelt_field_fails_instead_of_loading_blank_labels()
    {
        var json = """[{"code":"2512","lable":"Mjukvaruutvecklare","taxonomyId":"DJh5_yyF_hEM"}]""";

        Assert.ThrowsAny<Exception>(() => SsykCatalogue.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
