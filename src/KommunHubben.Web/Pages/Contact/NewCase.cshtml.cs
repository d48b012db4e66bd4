using KommunHubben.Application.Attachments;
using KommunHubben.Application.Cases;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.DisabilityCoding;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Web.Infrastructure;
using KommunHubben.Web.Texts;
using Microsoft.AspNetCore.Mvc;

namespace KommunHubben.Web.Pages.Contact;

/// <summary>
/// Submitting a case: first the choice of type, then that type's guided form. The form posts the same
/// <see cref="SubmitCaseInput"/> the API reads, so <see cref="CaseSubmission.SubmitAsync"/> gives the same rules and
/// messages. Evidence files of a disability-coding case are uploaded in the same post, before the case is submitted.
/// </summary>
[RequestSizeLimit(EvidenceRows * (Domain.Evidence.EvidenceFileInspector.MaxBytes + 1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRows * (Domain.Evidence.EvidenceFileInspector.MaxBytes + 1024 * 1024))]
public sealed class NewCaseModel(UiText text, CaseSubmission commands, AttachmentCommands attachments, NameDirectory names) : HubPageModel(text)
{
    /// <summary>How many evidence rows the disability-coding form offers.</summary>
    public const int EvidenceRows = 3;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty] public SubmitCaseInput? Input { get; set; }

    public CaseType? ChosenType => Enum.TryParse<CaseType>(Type, out var t) ? t : null;
    public IReadOnlyList<(string Value, string Label)> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Type is not null && ChosenType is null) return NotFound();
        await LoadProjectsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ChosenType is not { } type) return NotFound();
        RecordUnreadableFields(nameof(Input));
        var input = (Input ?? new SubmitCaseInput(null, null, null, null, null)) with { CaseType = type.ToString() };
        if (input.WageSubsidy is { } wage && !EarlierDecisionGiven())
            input = input with { WageSubsidy = wage with { Earlier = null } };
        if (type == CaseType.DisabilityCoding) input = await UploadEvidenceAsync(input, ct);
        if (!Errors.Any)
        {
            var result = await commands.SubmitAsync(Me, input, ct);
            if (result is CommandResult.Ok ok)
                return Done(T.CaseSubmitted, "/Contact/Receipt", new { id = ok.CaseId });
            Errors.Record(result, T);
        }
        Input = input;
        await LoadProjectsAsync(ct);
        return Page();
    }

    /// <summary>Each chosen file is stored (encrypted) first; its id goes into its evidence row. A refused file is
    /// reported on its row and nothing is submitted.</summary>
    private async Task<SubmitCaseInput> UploadEvidenceAsync(SubmitCaseInput input, CancellationToken ct)
    {
        var coding = input.DisabilityCoding;
        var rows = (coding?.Evidence ?? []).ToList();
        var files = Request.HasFormContentType ? Request.Form.Files : null;
        for (var i = 0; i < EvidenceRows; i++)
        {
            // Read by its exact field name: model binding of a file list ignores indexed names ("EvidenceFiles[0]"),
            // which once dropped every uploaded file, and the index keeps each file with its own evidence row.
            if (files?.GetFile($"EvidenceFiles[{i}]") is not { Length: > 0 } file) continue;
            await using var stream = file.OpenReadStream();
            var (error, uploaded) = await attachments.UploadAsync(Me, file.FileName, file.Length, stream, ct);
            if (uploaded is null)
            {
                var field = $"disabilityCoding.evidence[{i}].attachmentId";
                if (error is CommandResult.Invalid invalid) Errors.Add(invalid.Errors.Select(e => e with { Field = field }));
                else Errors.AddWorded(field, T.FileNotStored);
                continue;
            }
            while (rows.Count <= i) rows.Add(new EvidenceInput(null, null, null, null, null));
            rows[i] = rows[i] with { AttachmentId = uploaded.Id };
        }
        // Rows left completely empty are not evidence: the form offers more rows than most cases need.
        rows = rows.Where(r => r.Type is not null || r.Author is not null || r.TitleOrAgency is not null || r.Date is not null || r.AttachmentId is not null).ToList();
        return input with { DisabilityCoding = (coding ?? new DisabilityCodingInput(null, null, null)) with { Evidence = rows } };
    }

    /// <summary>The extension fields are optional as a pair: both left empty means a first decision, not a half-filled one.</summary>
    private bool EarlierDecisionGiven() =>
        Request.Form.Where(f => f.Key.StartsWith("Input.wageSubsidy.earlier.", StringComparison.OrdinalIgnoreCase))
            .Any(f => !string.IsNullOrWhiteSpace(f.Value.ToString()));

    private async Task LoadProjectsAsync(CancellationToken ct) =>
        Projects = await names.ProjectChoicesAsync(ct);
}
