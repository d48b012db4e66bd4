using System.Buffers;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace KommunHubben.Email.Demo;

/// <summary>
/// A real SMTP server (the SmtpServer library) on loopback inside the embedded default, so `dotnet run` sends its
/// notices over SMTP like production and the mails can be read at /Admin/DemoMail. Listens before the mail worker
/// starts (registered before it).
/// </summary>
public sealed class DemoMailServer(DemoMailbox mailbox, IOptions<EmailOptions> options, TimeProvider clock, ILogger<DemoMailServer> log)
    : IHostedService
{
    private CancellationTokenSource? _stop;
    private Task? _running;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var port = options.Value.DemoServer.Port is > 0 and var configured ? configured : FreeLoopbackPort();
        mailbox.Port = port;
        var serverOptions = new SmtpServerOptionsBuilder().ServerName("kommunhubben-demo")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(mailbox, clock));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        _stop = new CancellationTokenSource();
        _running = server.StartAsync(_stop.Token);
        log.LogInformation("Demo mail server listening on 127.0.0.1:{Port}; read its mails at /Admin/DemoMail", port);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stop is null || _running is null) return;
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class Store(DemoMailbox mailbox, TimeProvider clock) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            mailbox.Add(await MimeMessage.LoadAsync(stream, cancellationToken), clock.GetUtcNow().UtcDateTime);
            return SmtpResponse.Ok;
        }
    }
}
