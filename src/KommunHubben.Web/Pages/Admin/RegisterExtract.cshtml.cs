using KommunHubben.Application.Cases;
using KommunHubben.Application.RegisterExtracts;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Admin;

/// <summary>
/// A person's register extract: the administrator posts the personnummer and the request's reference, and gets the
/// PDF or the JSON document back as a download. All the work is <see cref="RegisterExtractQuery"/>'s.
/// </summary>
public sealed class RegisterExtractModel(UiText text, RegisterExtractQuery extracts) : HubPageModel(text)
{
    [BindProperty] public string? PersonalIdentityNumber { get; set; }
    [BindProperty] public string? RequestReference { get; set; }
    [BindProperty] public string? Format { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (error, extract) = await extracts.CreateAsync(Me, PersonalIdentityNumber, RequestReference, ct);
        if (extract is null)
        {
            Errors.Record(error!, T);
            PersonalIdentityNumber = null; // not echoed back into the page
            return Page();
        }
        var name = $"registerutdrag-{new string(extract.RequestReference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray())}";
        return Format == "json"
            ? File(RegisterExtractJson.Serialize(extract), "application/json", name + ".json")
            : File(RegisterExtractPdf.Render(extract, T.ExtractLabels()), "application/pdf", name + ".pdf");
    }
}
