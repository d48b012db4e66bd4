using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using KommunHubben.Tests.Integration.Infrastructure;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace KommunHubben.Tests.Integration.Email;

/// <summary>One mail as the test mail server received it.</summary>
public sealed record ReceivedMail(string MessageId, string To, string Subject, string Text, string Raw);

/// <summary>
/// A real SMTP server (the SmtpServer library) on a loopback port, in the test process, that requires
/// authentication like a production relay. The hub's processes send to it over TCP; tests count and read what
/// arrived. <see cref="StopAsync"/> and <see cref="StartAsync"/> take it down and bring it back on the same port.
/// (Kept out of Infrastructure/, which the fault suite compiles in too.) Every mail any test server receives is also kept in <see cref="EverySuiteMail"/> for the personal-data scan.
/// </summary>
public sealed class TestMailServer : IAsyncDisposable
{
    public const string User = "khub-mailer";
    public const string Password = "test-relay-secret";

    public static ConcurrentQueue<ReceivedMail> EverySuiteMail { get; } = new();

    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    public int Port { get; } = HubProcess.FreePort();
    public IReadOnlyList<ReceivedMail> Received => _received.ToList();

    public static TestMailServer Started()
    {
        var server = new TestMailServer();
        server.Start();
        return server;
    }

    /// <summary>The hub's settings to send here (plain SMTP on loopback, with authentication).</summary>
    public Dictionary<string, string> HubSettings() => new()
    {
        ["Hub__Email__Enabled"] = "true",
        ["Hub__Email__Host"] = "127.0.0.1",
        ["Hub__Email__Port"] = Port.ToString(),
        ["Hub__Email__Security"] = "None",
        ["Hub__Email__User"] = User,
        ["Hub__Email__Password"] = Password,
        ["Hub__Email__FromAddress"] = "kommunhubben@test.example",
        ["Hub__Email__BaseUrl"] = "https://kommunhubben.test.example",
        ["Hub__Email__DefaultAddressDomain"] = "test.example",
        ["Hub__Email__PollInterval"] = "00:00:00.500",
        ["Hub__Email__MaxRetryDelay"] = "00:00:02",
    };

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("khub-test-mail")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication().AuthenticationRequired())
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Authenticator());
        _stop = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public async Task StopAsync()
    {
        if (_stop is null || _running is null) return;
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
        _stop = null;
        _running = null;
    }

    /// <summary>Waits until at least <paramref name="count"/> mails match, or fails naming what did arrive.</summary>
    public async Task<List<ReceivedMail>> WaitForAsync(Func<ReceivedMail, bool> match, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = _received.Where(match).ToList();
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.True(found.Count >= count, $"Expected {count} mail(s), got {found.Count}. Received: {string.Join(" | ", _received.Select(m => $"{m.To}: {m.Subject}"))}");
                return found;
            }
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private sealed class Store(TestMailServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var raw = buffer.ToArray();
            using var stream = new MemoryStream(raw);
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var mail = new ReceivedMail(message.MessageId ?? "", message.To.Mailboxes.FirstOrDefault()?.Address ?? "",
                message.Subject ?? "", message.TextBody ?? "", System.Text.Encoding.UTF8.GetString(raw));
            server._received.Enqueue(mail);
            EverySuiteMail.Enqueue(mail);
            return SmtpResponse.Ok;
        }
    }

    private sealed class Authenticator : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user == User && password == Password);
    }
}
