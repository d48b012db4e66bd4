using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>
/// Preferences respected: a kind turned off mails nothing; a kind chosen as a digest comes as one mail a working day
/// at the person's hour — none on a weekend or a holiday, none twice on one day, none when nothing is waiting.
/// Digest days are in May 2030 (fake clock), far from the days other tests' digests use.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class MailPreferenceTests(MailHub shared)
{
    private HubDeployment Hub => shared.Hub;
    private TestMailServer Mail => shared.Mail;

    [Fact]
    public async Task Off_mails_nothing_and_a_digest_comes_once_a_working_day_never_on_a_weekend_or_holiday()
    {
        await ChooseAsync("kp-31", waitingForYou: "Off", decision: "Immediately");
        await ChooseAsync("kp-32", waitingForYou: "Immediately", decision: "DailyDigest");
        var offCase = await CaseOfAsync("kp-31");
        var digestCase = await CaseOfAsync("kp-32");

        var off = await shared.WriteNoticesAsync("kp-31", "SupplementRequested", offCase, 1);
        var held = await shared.WriteNoticesAsync("kp-32", "CaseDecided", digestCase, 1);
        await WaitForStatusAsync(off[0], "Skipped");
        await WaitForStatusAsync(held[0], "HeldForDigest");

        Assert.Equal(0, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 1, 10, 0, 0)));  // Wednesday, 1 May: a holiday
        Assert.Equal(0, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 4, 10, 0, 0)));  // Saturday
        Assert.Equal(0, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 6, 6, 30, 0)));  // Monday, before the hour (07)
        Assert.Equal(1, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 6, 7, 5, 0)));   // Monday, the hour has come
        Assert.Equal(0, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 6, 15, 0, 0)));  // Monday again: already sent
        var monday = Assert.Single(await Mail.WaitForAsync(m => m.To == "kp-32@test.example" && m.MessageId.Contains("-20300506@"), 1, TimeSpan.FromSeconds(10)));
        Assert.Contains("Beslut (1)", monday.Text);
        Assert.Contains(await Hub.Database.ScalarAsync<string>("""SELECT "Reference" FROM cases WHERE "Id" = @id""", ("id", digestCase)), monday.Text);

        // Tuesday: nothing new is waiting → no digest. Another decision notice → Wednesday's digest.
        Assert.Equal(0, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 7, 9, 0, 0)));
        var later = await shared.WriteNoticesAsync("kp-32", "CaseDecided", digestCase, 1);
        await WaitForStatusAsync(later[0], "HeldForDigest");
        Assert.Equal(1, await shared.RunDigestsAtAsync(new DateTime(2030, 5, 8, 9, 0, 0)));
        await Mail.WaitForAsync(m => m.To == "kp-32@test.example" && m.MessageId.Contains("-20300508@"), 1, TimeSpan.FromSeconds(10));

        await Task.Delay(TimeSpan.FromSeconds(2));
        // (Receipts are no notices: the cases written here may have had theirs.)
        Assert.DoesNotContain(Mail.Received, m => m.To == "kp-31@test.example" && !m.MessageId.StartsWith("receipt-"));
        Assert.Equal(2, Mail.Received.Count(m => m.To == "kp-32@test.example" && m.MessageId.StartsWith("digest-")));
        Assert.DoesNotContain(Mail.Received, m => m.To == "kp-32@test.example" && m.MessageId.StartsWith("notice-"));
        MailPrivacy.AssertNoPersonalData();
    }

    private async Task<Guid> CaseOfAsync(string contact)
    {
        var id = await Hub.Database.InsertSubmittedCaseAsync();
        // A reference of the year 2030 (the submission path gives them; a row written straight has none).
        await Hub.Database.ExecuteAsync("""UPDATE cases SET "SubmittedBy" = @who, "Reference" = @reference WHERE "Id" = @id""",
            ("who", contact), ("reference", $"KH-2030-{Random.Shared.Next(100000, 999999)}"), ("id", id));
        return id;
    }

    private Task ChooseAsync(string userId, string waitingForYou, string decision) => Hub.Database.ExecuteAsync("""
        INSERT INTO mail_settings ("UserId","Address","Language","DigestHour","NewCase","WaitingForYou","Decision","DeadlineBreached","Other","UpdatedAt")
        VALUES (@user, NULL, 'sv', 7, 'Off', @waiting, @decision, 'Immediately', 'Off', now())
        """, ("user", userId), ("waiting", waitingForYou), ("decision", decision));

    private async Task WaitForStatusAsync(long notificationId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM outgoing_mails WHERE "NotificationId" = @id AND "Status" = @status""",
                   ("id", notificationId), ("status", status)) != 1)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Notification {notificationId} was not {status} within 30 s");
            await Task.Delay(200);
        }
    }
}
