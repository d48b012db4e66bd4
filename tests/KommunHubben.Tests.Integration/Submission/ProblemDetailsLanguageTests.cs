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

    [Theory]
    [InlineData("sv-SE", "Samma uppdelning (unit) är vald två gånger – välj två olika.")]
    [InlineData("en", "names unit twice")]
    public async Task An_indicator_breakdown_rule_is_worded_in_the_callers_language_and_keeps_its_code(string acceptLanguage, string message)
    {
        using var http = Client("coord-1", acceptLanguage);

        using var response = await http.GetAsync("/api/v1/indicators/closures?by=unit,unit");
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, problem["errors"]!["by"]![0]!.GetValue<string>());
        Assert.Equal("breakdownTwice", problem["errorCodes"]!["by"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("sv-SE", "Samtycket är redan återkallat.", "Ingenting kunde ändras nu", 771)]
    [InlineData("en", "This consent was already withdrawn.", "Nothing could be changed now", 773)]
    public async Task A_conflict_is_worded_in_the_callers_language_and_keeps_its_code(string acceptLanguage, string detail, string title, int birthNumber)
    {
        using var contact = shared.Hub.As("kp-10");
        var consent = await contact.RegisterConsentAsync(Person(birthNumber), "IndividualPlanning");
        using var http = Client("kp-10", acceptLanguage);
        using (var first = await http.PostAsync($"/api/v1/consents/{consent}/withdraw", null)) Assert.True(first.IsSuccessStatusCode);

        using var again = await http.PostAsync($"/api/v1/consents/{consent}/withdraw", null);
        var problem = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal("consentAlreadyWithdrawn", problem["errorCodes"]!["conflict"]![0]!.GetValue<string>());
    }

    private HttpClient Client(string userId, string acceptLanguage) => new()
    {
        BaseAddress = shared.Hub.ApiAddress,
        DefaultRequestHeaders = { { "X-Demo-User", userId }, { "Accept-Language", acceptLanguage } },
    };

    /// <summary>1979-08-21 with the given birth number and its Luhn check digit.</summary>
    private static string Person(int birth)
    {
        var nine = $"790821{birth:000}";
        var sum = nine.Select((ch, i) => (ch - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => p / 10 + p % 10);
        return $"19{nine}{(10 - sum % 10) % 10}";
    }
}
