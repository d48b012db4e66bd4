using MailKit.Security;

namespace KommunHubben.Email;

/// <summary>Configuration section <c>Hub:Email</c> (environment: <c>Hub__Email__*</c>). See docs/email.md.</summary>
public sealed class EmailOptions
{
    public const string Section = "Hub:Email";

    /// <summary>Whether the mail worker runs (in every workflow process; the embedded default turns it on).</summary>
    public bool Enabled { get; set; }
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 587;
    /// <summary>None, Auto, SslOnConnect (implicit TLS, port 465), StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;
    /// <summary>Authenticates when set (with <see cref="Password"/>).</summary>
    public string? User { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "kommunhubben@localhost";
    public string FromName { get; set; } = "KommunHubben";
    /// <summary>The hub's address as people reach it, for the links in mails (e.g. https://kommunhubben.stockholm.se).</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
    /// <summary>When set, a person without an address of their own gets mail at &lt;user id&gt;@this domain.</summary>
    public string? DefaultAddressDomain { get; set; }
    /// <summary>Whether this process plans the daily digests (on by default; any number of processes may).</summary>
    public bool Digests { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>The longest wait before a mail that failed is tried again (doubling from 1 s up to this).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Notices older than this when first seen (e.g. from before mail was turned on) are not mailed.</summary>
    public TimeSpan MaxNoticeAge { get; set; } = TimeSpan.FromDays(2);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
    public DemoMailServerOptions DemoServer { get; set; } = new();
}

/// <summary>
/// <c>Hub:Email:DemoServer</c>: an SMTP server in the hub process that keeps what it receives in memory, for the
/// embedded default (read at /Admin/DemoMail). When on, the mail worker sends there and ignores Host, Port and
/// Security. Refused in Production.
/// </summary>
public sealed class DemoMailServerOptions
{
    public bool Enabled { get; set; }
    /// <summary>0 (the default): a free loopback port, so several demo hosts can run side by side.</summary>
    public int Port { get; set; }
    /// <summary>How many received mails the page keeps (oldest dropped).</summary>
    public int Keep { get; set; } = 200;
}
