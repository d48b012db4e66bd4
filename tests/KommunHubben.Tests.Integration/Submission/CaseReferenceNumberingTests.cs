using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Submission;

/// <summary>
/// Each case's reference number is its own, also when many are submitted at the same moment from different units, and a
/// case submitted later has a higher number: the numbers are given out by one counter per year in the database.
/// </summary>
public sealed class CaseReferenceNumberingTests : RunningHubTest
{
    private const int AtOnce = 40;

    [Fact]
    public async Task Cases_submitted_at_once_each_get_their_own_number_and_a_later_case_a_higher_one()
    {
        var contacts = new[] { "kp-01", "kp-02", "kp-03", "kp-08" }.Select(Hub.As).ToList();
        try
        {
            var together = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i => SubmitAsync(contacts[i % contacts.Count])));
            var numbers = together.Select(NumberOf).Order().ToList();
            // Each once, and none skipped: every submission succeeded.
            Assert.Equal(Enumerable.Range(numbers[0], AtOnce), numbers);
            Assert.All(together, reference => Assert.Matches(@"^KH-\d{4}-\d{6}$", reference));

            var later = await SubmitAsync(contacts[0]);
            Assert.Equal(numbers[^1] + 1, NumberOf(later));
        }
        finally
        {
            foreach (var contact in contacts) contact.Dispose();
        }
    }

    private static async Task<string> SubmitAsync(HubClient contact)
    {
        var (status, body) = await contact.PostAsync("/api/v1/cases",
            new { caseType = "GeneralQuestion", generalQuestion = new { topic = "Other", question = "Vilket nummer får jag?" } });
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["reference"]!.GetValue<string>();
    }

    /// <summary>"KH-2026-000123" → 123.</summary>
    private static int NumberOf(string reference) => int.Parse(reference[(reference.LastIndexOf('-') + 1)..]);
}
