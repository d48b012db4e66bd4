using KommunHubben.Tests.Integration.Infrastructure;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>
/// Mail is delayed, never lost, never doubled: 200 notices while the mail server is down for 30 s, and 200 while the
/// worker sending them is SIGKILLed mid-batch. Counted at the server by Message-ID (derived from the notification id).
/// </summary>
[Collection(MailCollection.Name)]
public sealed class MailDeliveryFaultTests(MailHub shared)
{
    private const int Notices = 200;

    private HubDeployment Hub => shared.Hub;
    private TestMailServer Mail => shared.Mail;

    [Fact]
    public async Task With_the_mail_server_down_for_30_seconds_every_notice_is_mailed_exactly_once_after_it_returns()
    {
        var caseId = await Hub.Database.InsertSubmittedCaseAsync();
        var ids = await shared.WriteNoticesAsync("kp-30", "SupplementRequested", caseId, Notices);
        await Mail.WaitForAsync(m => m.To == "kp-30@test.example", 10, TimeSpan.FromSeconds(30));

        await Mail.StopAsync();
        var downAt = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(30));
        var beforeRestart = Mail.Received.Count(m => m.To == "kp-30@test.example");
        Mail.Start();
        var restarted = DateTime.UtcNow;

        await Mail.WaitForAsync(m => m.To == "kp-30@test.example", Notices, TimeSpan.FromSeconds(90));
        var recovered = DateTime.UtcNow - restarted;
        await Task.Delay(TimeSpan.FromSeconds(3)); // a late copy would arrive now
        var received = Mail.Received.Where(m => m.To == "kp-30@test.example").ToList();
        Console.WriteLine($"Mail server down {(restarted - downAt).TotalSeconds:F0} s with {Notices - beforeRestart} notices waiting; all mailed {recovered.TotalSeconds:F1} s after it returned");
        Assert.True(beforeRestart < Notices, "the server went down before every notice was mailed");
        AssertEachExactlyOnce(ids, received);
        Assert.Equal(0, await Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM outgoing_mails WHERE "RecipientId" = 'kp-30' AND "Status" <> 'Sent'"""));
        MailPrivacy.AssertNoPersonalData();
    }

    [Fact]
    public async Task With_the_mail_worker_SIGKILLed_mid_batch_every_notice_is_mailed_once_under_its_own_Message_ID()
    {
        var caseId = await Hub.Database.InsertSubmittedCaseAsync();
        var ids = await shared.WriteNoticesAsync("kp-33", "SupplementRequested", caseId, Notices);
        await Mail.WaitForAsync(m => m.To == "kp-33@test.example", 20, TimeSpan.FromSeconds(30));
        var worker = Hub.Workers.Last(w => !w.HasExited);
        worker.Kill();
        var atKill = Mail.Received.Count(m => m.To == "kp-33@test.example");
        await Hub.StartWorkerAsync();

        await Mail.WaitForAsync(m => m.To == "kp-33@test.example", Notices, TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var received = Mail.Received.Where(m => m.To == "kp-33@test.example").ToList();
        Console.WriteLine($"Worker SIGKILLed after {atKill} of {Notices} mails; {received.Count} received in all, {received.Select(m => m.MessageId).Distinct().Count()} distinct");
        Assert.True(atKill < Notices, "the worker was killed before every notice was mailed");
        // SMTP has no transaction with the database: a mail the server took in the instant before the kill, not yet
        // marked sent, goes again — under the same Message-ID, which receivers recognise. At most that one mail.
        Assert.Equal(ids.Select(MailHub.NoticeMessageId).Order(), received.Select(m => m.MessageId).Distinct().Order());
        Assert.InRange(received.Count, Notices, Notices + 1);
        Assert.Equal(0, await Hub.Database.ScalarAsync<long>("""SELECT count(*) FROM outgoing_mails WHERE "RecipientId" = 'kp-33' AND "Status" <> 'Sent'"""));
        MailPrivacy.AssertNoPersonalData();
    }

    private static void AssertEachExactlyOnce(List<long> ids, List<ReceivedMail> received)
    {
        var expected = ids.Select(MailHub.NoticeMessageId).Order().ToList();
        Assert.Equal(expected, received.Select(m => m.MessageId).Order().ToList());
    }
}
