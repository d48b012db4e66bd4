using KommunHubben.Email;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>
/// The receipt of a submitted case: reference number, time, case type, what happens next (the service level in
/// working days), and — once an officer has first acted — "mottaget av handläggare". Only the case's unit sees it.
/// </summary>
public sealed class ReceiptModel(UiText text, ReceiptQuery receipts) : HubPageModel(text)
{
    public ReceiptView Receipt { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var receipt = await receipts.GetAsync(id, Me.UnitId, ct);
        if (receipt is null) return NotFound();
        Receipt = receipt;
        return Page();
    }
}
