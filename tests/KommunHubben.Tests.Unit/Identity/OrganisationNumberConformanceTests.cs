using KommunHubben.Domain.Identity;
using Xunit;

namespace KommunHubben.Tests.Unit.Identity;

/// <summary>
/// Every entry of the shared vector file orgnumber.json (TestData/personnummer). Its "valid": false refers to the
/// personnummer check; each entry's comment says it is a valid organisation number ("Valid Organisationsnummer
/// (AP fond) - invalid Personnummer"), so each must be refused as a personnummer and accepted as an organisation number.
/// </summary>
public sealed class OrganisationNumberConformanceTests
{
    private static readonly DateOnly Today = PersonnummerVectors.ReferenceDate;

    public static TheoryData<string, string, string> OrganisationNumberForms =>
        PersonnummerVectors.OrganisationNumberForms();

    public static TheoryData<string, string> OrganisationNumberInputs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var row in PersonnummerVectors.OrganisationNumberForms())
            {
                data.Add((string)row[0], (string)row[1]);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OrganisationNumberInputs))]
    public void Every_organisation_number_vector_is_refused_as_a_personnummer(string field, string input)
    {
        var result = PersonalIdentityNumber.Parse(input, Today);

        Assert.False(result.IsValid, $"{field} '{input}' was accepted as a personnummer");
        Assert.Equal(IdentityNumberError.OrganisationNumberNotAccepted, result.Error);
    }

    [Theory]
    [MemberData(nameof(OrganisationNumberInputs))]
    public void Every_organisation_number_vector_with_the_16_prefix_is_refused_as_a_personnummer(
        string field, string input)
    {
        var result = PersonalIdentityNumber.Parse("16" + input, Today);

        Assert.False(result.IsValid, $"16 + {field} '{input}' was accepted as a personnummer");
        Assert.Equal(IdentityNumberError.OrganisationNumberNotAccepted, result.Error);
    }

    [Theory]
    [MemberData(nameof(OrganisationNumberForms))]
    public void Every_organisation_number_vector_parses_as_an_organisation_number(string field, string input, string shortFormat)
    {
        var result = OrganisationNumber.Parse(input);

        Assert.True(result.IsValid, $"{field} '{input}': {result.Error}");
        Assert.Equal(shortFormat, result.Value.Normalized);
    }

    [Theory]
    [MemberData(nameof(OrganisationNumberForms))]
    public void Every_organisation_number_vector_parses_with_the_16_prefix_too(string field, string input, string shortFormat)
    {
        var result = OrganisationNumber.Parse("16" + input);

        Assert.True(result.IsValid, $"16 + {field} '{input}': {result.Error}");
        Assert.Equal(shortFormat, result.Value.Normalized);
    }
}
