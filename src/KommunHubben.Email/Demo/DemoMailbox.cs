using System.Collections.Concurrent;
using MimeKit;

namespace KommunHubben.Email.Demo;

/// <summary>One mail the demo server received, as the demo page shows it.</summary>
public sealed record ReceivedMail(DateTime ReceivedAt, string MessageId, string From, string To, string Subject, string Text);

/// <summary>The mails the embedded default's SMTP server received, newest first, kept in memory only.</summary>
public sealed class DemoMailbox(Microsoft.Extensions.Options.IOptions<EmailOptions> options)
{
    private readonly ConcurrentQueue<ReceivedMail> _mails = new();

    /// <summary>The loopback port the demo server listens on (chosen at start when configured as 0).</summary>
    public int Port { get; set; }

    public IReadOnlyList<ReceivedMail> Newest() => _mails.Reverse().ToList();

    public void Add(MimeMessage message, DateTime at)
    {
        _mails.Enqueue(new ReceivedMail(at, message.MessageId ?? "", message.From.ToString(), message.To.ToString(),
            message.Subject ?? "", message.TextBody ?? ""));
        while (_mails.Count > options.Value.DemoServer.Keep && _mails.TryDequeue(out _)) { }
    }
}
