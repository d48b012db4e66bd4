using KommunHubben.Domain.Notifications;
using KommunHubben.Domain.Organisation;

namespace KommunHubben.Tests.Unit.Notifications;

public sealed class MailDefaultsTests
{
    [Theory]
    [InlineData("SupplementRequested", NoticeCategory.WaitingForYou)]
    [InlineData("SupplementAnswered", NoticeCategory.WaitingForYou)]
    [InlineData("ReminderDecision", NoticeCategory.WaitingForYou)]
    [InlineData("CaseDecided", NoticeCategory.Decision)]
    [InlineData("NewCase", NoticeCategory.NewCase)]
    [InlineData("CaseRedistributedToYou", NoticeCategory.NewCase)]
    [InlineData("BreachFirstAction", NoticeCategory.DeadlineBreached)]
    [InlineData("BreachSupplementAnswer", NoticeCategory.DeadlineBreached)]
    [InlineData("FollowUp3Months", NoticeCategory.Other)]
    [InlineData("CaseStoppedConsentWithdrawn", NoticeCategory.Other)]
    [InlineData("CaseStoppedConsentExpired", NoticeCategory.Other)]
    [InlineData("ConsentExpiresSoon", NoticeCategory.WaitingForYou)]
    public void Each_notice_kind_belongs_to_one_category(string kind, NoticeCategory expected) =>
        Assert.Equal(expected, NoticeCategories.Of(kind));

    [Fact]
    public void Contact_persons_hear_at_once_when_someone_waits_for_them_and_of_decisions()
    {
        Assert.Equal(MailDelivery.Immediately, MailDefaults.For(Role.ContactPerson, NoticeCategory.WaitingForYou));
        Assert.Equal(MailDelivery.Immediately, MailDefaults.For(Role.ContactPerson, NoticeCategory.Decision));
    }

    [Fact]
    public void A_contact_person_hears_at_once_that_a_consent_their_case_rests_on_ends_soon() =>
        Assert.Equal(MailDelivery.Immediately, MailDefaults.For(Role.ContactPerson, NoticeCategories.Of("ConsentExpiresSoon")));

    [Fact]
    public void Officers_get_new_cases_as_a_digest_and_breaches_reach_officers_and_coordinators_at_once()
    {
        Assert.Equal(MailDelivery.DailyDigest, MailDefaults.For(Role.Officer, NoticeCategory.NewCase));
        Assert.Equal(MailDelivery.Immediately, MailDefaults.For(Role.Officer, NoticeCategory.DeadlineBreached));
        Assert.Equal(MailDelivery.Immediately, MailDefaults.For(Role.Coordinator, NoticeCategory.DeadlineBreached));
        Assert.Equal(MailDelivery.Off, MailDefaults.For(Role.Coordinator, NoticeCategory.NewCase));
    }

    [Fact]
    public void Categories_are_ordered_most_urgent_first()
    {
        Assert.True(NoticeCategory.DeadlineBreached < NoticeCategory.WaitingForYou);
        Assert.True(NoticeCategory.WaitingForYou < NoticeCategory.Decision);
        Assert.True(NoticeCategory.Decision < NoticeCategory.NewCase);
    }
}
