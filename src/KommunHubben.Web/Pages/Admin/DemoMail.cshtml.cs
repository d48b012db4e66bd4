using KommunHubben.Email;
using KommunHubben.Email.Demo;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.Extensions.Options;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>The embedded default's mailbox: what its in-process SMTP server received (Hub:Email:DemoServer).</summary>
public sealed class DemoMailModel(UiText text, DemoMailbox mailbox, IOptions<EmailOptions> options) : HubPageModel(text)
{
    public bool ServerOn => options.Value.DemoServer.Enabled;
    public IReadOnlyList<ReceivedMail> Mails { get; private set; } = [];

    public void OnGet() => Mails = mailbox.Newest();
}
