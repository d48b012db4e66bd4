using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Submission;

/// <summary>
/// A broken rule comes back in the caller's language (Accept-Language; Swedish when it names neither) with its code
/// beside the message, so a person reads it and an integration branches on it.
/// </summary>
public sealed class ProblemDetailsLanguageTests(SharedHubWithTap shared) : IClassFixture<SharedHubWithTap>
{
    private static readonly object WrongCheckDigit = new
    {
        caseType = "IndividualPlanning",
        personalIdentityNumber = "19090527+1475",
        individualPlanning = new { kind = "RegistrationStatus", purpose = "Fråga om inskrivningsstatus" },
    };

    [Theory]
    [InlineData(null, "Kontrollsiffran stämmer inte – kontrollera personnumret.")]
    [InlineData("sv-SE", "Kontrollsiffran stämmer inte – kontrollera personnumret.")]
    [InlineData("en-US,en;q=0.9", "the check digit does not match")]
    [InlineData("de-DE", "Kontrollsiffran stämmer inte – kontrollera personnumret.")]
    public async Task A_broken_rule_is_worded_in_the_callers_language_and_keeps_its_code(string? acceptLanguage, string message)
    {
        using var http = new HttpClient { BaseAddress = shared.Hub.ApiAddress, DefaultRequestHeaders = { { "X-Demo-User", "kp-10" } } };
        if (acceptLanguage is not null) http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        using var response = await http.PostAsJsonAsync("/api/v1/cases", WrongCheckDigit);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, problem["errors"]!["personalIdentityNumber"]![0]!.GetValue<string>());
        Assert.Equal("personnummer.wrongCheckDigit", problem["errorCodes"]!["personalIdentityNumber"]![0]!.GetValue<string>());
        Assert.DoesNotContain("1475", problem.ToJsonString());
    }
}
