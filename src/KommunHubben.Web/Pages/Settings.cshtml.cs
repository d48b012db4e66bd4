using KommunHubben.Domain.Notifications;
using KommunHubben.Domain.Organisation;
using KommunHubben.Email;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages;

/// <summary>
/// A person's own e-mail settings: address, language, the digest's hour, and per kind of notice immediately / daily
/// digest / off. An administrator opens anyone's with ?user=ID (linked from the user list); nobody else can.
/// </summary>
public sealed class SettingsModel(UiText text, MailSettingsStore store) : HubPageModel(text)
{
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserId { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public int? DigestHour { get; set; }
    // One radio group per kind of notice, posted under the kind's name (deadlineBreached=Immediately, …).
    [BindProperty] public string? DeadlineBreached { get; set; }
    [BindProperty] public string? WaitingForYou { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? NewCase { get; set; }
    [BindProperty] public string? Other { get; set; }

    public MailSettingsView View { get; private set; } = null!;
    public bool ForSomeoneElse => Target != Me.UserId;
    private string Target => string.IsNullOrWhiteSpace(UserId) ? Me.UserId : UserId.Trim();

    /// <summary>The kinds of notice a role can receive, most urgent first.</summary>
    public IReadOnlyList<NoticeCategory> Categories => View.Role switch
    {
        Role.ContactPerson => [NoticeCategory.DeadlineBreached, NoticeCategory.WaitingForYou, NoticeCategory.Decision, NoticeCategory.Other],
        Role.Officer => [NoticeCategory.DeadlineBreached, NoticeCategory.WaitingForYou, NoticeCategory.NewCase, NoticeCategory.Other],
        _ => [NoticeCategory.DeadlineBreached],
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Address = View.Settings.Address;
        Language = View.Settings.Language;
        DigestHour = View.Settings.DigestHour;
        foreach (var category in Categories) SetPosted(category, View.Settings.DeliveryOf(category).ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        RecordUnreadableFields("");
        var chosen = new Dictionary<NoticeCategory, MailDelivery>();
        foreach (var category in Categories)
        {
            if (Enum.TryParse<MailDelivery>(Posted(category), out var delivery) && Enum.IsDefined(delivery) && !int.TryParse(Posted(category), out _))
                chosen[category] = delivery;
            else
                Errors.AddWorded(FieldOf(category), T.SettingsRule("UnknownDelivery"));
        }
        if (Errors.Any) return Page();
        var problems = await store.SaveAsync(Target, new MailSettingsInput(Address, Language, DigestHour, chosen), ct);
        foreach (var (field, code) in problems) Errors.AddWorded(field, T.SettingsRule(code));
        if (Errors.Any) return Page();
        return Done(ForSomeoneElse ? T.SettingsSavedFor(Target) : T.SettingsSaved, "/Settings", ForSomeoneElse ? new { user = Target } : null);
    }

    public static string FieldOf(NoticeCategory category) => char.ToLowerInvariant(category.ToString()[0]) + category.ToString()[1..];

    public string? Posted(NoticeCategory category) => category switch
    {
        NoticeCategory.DeadlineBreached => DeadlineBreached,
        NoticeCategory.WaitingForYou => WaitingForYou,
        NoticeCategory.Decision => Decision,
        NoticeCategory.NewCase => NewCase,
        _ => Other,
    };

    private void SetPosted(NoticeCategory category, string value)
    {
        switch (category)
        {
            case NoticeCategory.DeadlineBreached: DeadlineBreached = value; break;
            case NoticeCategory.WaitingForYou: WaitingForYou = value; break;
            case NoticeCategory.Decision: Decision = value; break;
            case NoticeCategory.NewCase: NewCase = value; break;
            default: Other = value; break;
        }
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (ForSomeoneElse && Me.Role != Role.Administrator) return Forbid();
        var view = await store.GetAsync(Target, ct);
        if (view is null) return NotFound();
        View = view;
        return null;
    }
}
