using System.Text.RegularExpressions;
using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>
/// The check every e-mail test ends with: no mail received anywhere in the suite so far carries a personnummer (in
/// any form: with or without century, separator or none), a jobseeker's name or any free text the tests wrote.
/// Links and Message-IDs are left out of the number check (a case id's hex may hold ten digits in a row).
/// </summary>
public static partial class MailPrivacy
{
    /// <summary>Personal data and free text the e-mail tests put into cases, supplements and decisions.</summary>
    public static readonly List<string> Forbidden = [];

    public static void AssertNoPersonalData()
    {
        var mails = TestMailServer.EverySuiteMail.ToList();
        foreach (var mail in mails)
        {
            foreach (var text in Forbidden)
                Assert.False(mail.Raw.Contains(text, StringComparison.OrdinalIgnoreCase), $"A mail to {mail.To} ({mail.Subject}) contains \"{text}\".");
            var visible = Links().Replace(mail.Subject + "\n" + mail.Text, "");
            Assert.False(IdentityNumber().IsMatch(visible), $"A mail to {mail.To} ({mail.Subject}) contains something shaped like a personnummer.");
        }
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();

    [GeneratedRegex(@"(?<!\d)(\d{2})?\d{6}[-+]?\d{4}(?!\d)")]
    private static partial Regex IdentityNumber();
}
