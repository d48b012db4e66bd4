using KommunHubben.Api.Web;
using KommunHubben.Email;
using KommunHubben.Email.Demo;
using Microsoft.Extensions.Options;

namespace KommunHubben.Api.Pages.Admin;

/// <summary>The embedded default's mailbox: what its in-process SMTP server received (Hub:Email:DemoServer).</summary>
public sealed class DemoMailModel(UiText text, DemoMailbox mailbox, IOptions<EmailOptions> options) : HubPageModel(text)
{
    public bool ServerOn => options.Value.DemoServer.Enabled;
    public IReadOnlyList<ReceivedMail> Mails { get; private set; } = [];

    public void OnGet() => Mails = mailbox.Newest();
}
