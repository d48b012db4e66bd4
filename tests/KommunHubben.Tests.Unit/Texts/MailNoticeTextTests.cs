using KommunHubben.Email;
using KommunHubben.Web.Texts;

namespace KommunHubben.Tests.Unit.Texts;

/// <summary>The mail worker repeats the notice kinds' names (it runs outside the web host): each kind the hub writes has its own.</summary>
public sealed class MailNoticeTextTests
{
    public static TheoryData<string> Kinds => new(UiText.NotificationKinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_notice_kind_has_its_own_mail_subject_in_both_languages(string kind)
    {
        foreach (var language in new[] { "sv", "en" })
        {
            var text = new MailText(language);
            Assert.NotEqual(text.Notice("NoSuchKind"), text.Notice(kind));
        }
    }
}
