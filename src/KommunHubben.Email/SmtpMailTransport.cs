using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KommunHubben.Email;

/// <summary>
/// One SMTP session to the configured server (MailKit): connects on first use with the configured TLS mode
/// (STARTTLS, implicit TLS or none), authenticates when a user is set, and sends any number of mails over the one
/// connection. One per round of the dispatcher; disposing says QUIT.
/// </summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options, Demo.DemoMailbox demo) : IAsyncDisposable
{
    private readonly SmtpClient _client = new();

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (!_client.IsConnected)
        {
            _client.Timeout = (int)o.Timeout.TotalMilliseconds;
            if (o.DemoServer.Enabled)
                await _client.ConnectAsync("127.0.0.1", demo.Port, MailKit.Security.SecureSocketOptions.None, ct);
            else
                await _client.ConnectAsync(o.Host, o.Port, o.Security, ct);
            if (!string.IsNullOrEmpty(o.User))
                await _client.AuthenticateAsync(o.User, o.Password ?? "", ct);
        }
        await _client.SendAsync(message, ct);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true);
        }
        catch (Exception) { /* the server went away; nothing to tell it */ }
        _client.Dispose();
    }
}
