using KommunHubben.Application.Cases;
using KommunHubben.Application.Consents;
using KommunHubben.Domain.Consents;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>
/// The consent register for contact persons: register a person's consent, look up a person's consents (the
/// personnummer is posted, never put in a URL; each look-up is audit-logged) and record a withdrawal.
/// </summary>
public sealed class ConsentsModel(UiText text, ConsentCommands consents, TimeProvider clock) : HubPageModel(text)
{
    [BindProperty] public RegisterConsentInput? Input { get; set; }
    [BindProperty] public string? LookupNumber { get; set; }

    public IReadOnlyList<ConsentView>? Found { get; private set; }
    public string? UnitId => Me.UnitId;

    public void OnGet()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Input = new RegisterConsentInput(null, null, null, today, null, today.AddYears(1).AddDays(-1));
    }

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        RecordUnreadableFields(nameof(Input));
        if (!Errors.Any)
        {
            var (result, _) = await consents.RegisterAsync(Me, Input ?? new RegisterConsentInput(null, null, null, null, null, null), ct);
            if (!Errors.Record(result, T)) return Done(T.ConsentRegistered);
        }
        return Page();
    }

    /// <summary>A read: answered on the same request, so the personnummer never travels in a redirect.</summary>
    public async Task<IActionResult> OnPostLookupAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var (error, found) = await consents.FindAsync(Me, LookupNumber, ct);
        if (error is not null)
            Errors.Add(error is CommandResult.Invalid invalid
                ? invalid.Errors.Select(e => e with { Field = "lookupNumber" })
                : [new("lookupNumber", T.ConsentLookupFailed)]);
        else Found = found;
        OnGet();
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid consentId, CancellationToken ct)
    {
        var (result, withdrawal) = await consents.WithdrawAsync(Me, consentId, ct);
        if (withdrawal is not null) return Done(T.ConsentWithdrawn(withdrawal.CasesStopped));
        Errors.Record(result, T);
        OnGet();
        return Page();
    }
}
