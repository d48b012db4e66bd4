using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace KommunHubben.Application.RegisterExtracts;

/// <summary>Lays the extract out as an A4 PDF: headings, label–value lines and wrapped text, page after page.</summary>
public static class RegisterExtractPdf
{
    public static byte[] Render(RegisterExtract extract, ExtractLabels l)
    {
        ExtractFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"{l.Title} {extract.RequestReference}";
        var w = new PdfTextWriter(document);

        w.Heading(l.Title, 1);
        w.Paragraph(l.Intro);
        w.Line(l.RequestReference, extract.RequestReference);
        w.Line(l.GeneratedAt, l.Time(extract.GeneratedAt));
        w.Line(l.GeneratedBy, extract.GeneratedBy);
        w.Line(l.Person, extract.PersonalIdentityNumber);

        w.Heading(l.CasesHeading, 2);
        if (extract.Cases.Count == 0) w.Paragraph(l.NoCases);
        foreach (var c in extract.Cases) WriteCase(w, c, l);

        w.Heading(l.ConsentsHeading, 2);
        if (extract.Consents.Count == 0) w.Paragraph(l.NoConsents);
        for (var i = 0; i < extract.Consents.Count; i++)
        {
            var c = extract.Consents[i];
            w.Heading($"{l.Consent} {i + 1}", 3);
            w.Line(l.Type, string.Join(", ", c.CaseTypes.Select(l.Code)));
            if (c.InformationScope is not null) w.Line(l.InformationScope, c.InformationScope);
            w.Line(l.GivenOn, c.GivenOn.ToString("yyyy-MM-dd"));
            w.Line(l.GivenHow, l.Code(c.GivenHow));
            w.Line(l.ExpiresOn, c.ExpiresOn.ToString("yyyy-MM-dd"));
            w.Line(l.Unit, c.Unit);
            w.Line(l.RegisteredBy, $"{c.RegisteredBy}, {l.Time(c.RegisteredAt)}");
            if (c.WithdrawnAt is { } withdrawn) w.Line(l.Withdrawn, l.Time(withdrawn));
        }

        w.Heading(l.ReadsHeading, 2);
        if (extract.Reads.Count == 0) w.Paragraph(l.NoReads);
        foreach (var r in extract.Reads)
            w.Paragraph($"{l.Time(r.At)} · {r.Who} ({r.WhoId}, {l.Code(r.Role)}) · {l.Code(r.Action)} · {l.Case} {r.CaseReference ?? r.CaseId.ToString()} · {r.Why}");

        w.Close();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void WriteCase(PdfTextWriter w, ExtractCase c, ExtractLabels l)
    {
        w.Heading($"{l.Case} {c.Reference ?? c.CaseId.ToString()}", 3);
        w.Line(l.Type, l.Code(c.Type));
        w.Line(l.Status, l.Code(c.Status));
        w.Line(l.Unit, c.Unit);
        w.Line(l.Submitted, l.Time(c.SubmittedAt));
        w.Line(l.Updated, l.Time(c.UpdatedAt));
        if (c.Outcome is not null) w.Line(l.Outcome, l.Code(c.Outcome));
        if (c.ClosureReason is not null) w.Line(l.ClosureReason, l.Code(c.ClosureReason));
        w.Heading(l.DetailsHeading, 4);
        if (c.DetailsRemoved) w.Paragraph(l.DetailsRemoved);
        foreach (var (label, value) in l.Facts(c.Details)) w.Line(label, value);
        if (c.Decision is not null)
        {
            w.Heading(l.DecisionHeading, 4);
            foreach (var (label, value) in l.Facts(c.Decision)) w.Line(label, value);
        }
        w.Heading(l.HistoryHeading, 4);
        foreach (var s in c.History)
            w.Paragraph($"{l.Time(s.At)} · {l.Code(s.Action)} · {s.Actor}" + (s.Note is null ? "" : $" · {s.Note}"));
        w.Heading(l.MessagesHeading, 4);
        if (c.Messages.Count == 0) w.Paragraph(l.None);
        foreach (var m in c.Messages)
            w.Paragraph($"{l.Time(m.At)} · {m.Author} ({l.Code(m.AuthorRole)}) · {m.Text}" + (m.FileName is null ? "" : $" · {m.FileName}"));
        w.Heading(l.AttachmentsHeading, 4);
        if (c.Attachments.Count == 0) w.Paragraph(l.None);
        foreach (var a in c.Attachments) w.Paragraph($"{a.FileName} ({a.FileType}, {a.Length:N0} B, {l.Time(a.UploadedAt)})");
    }
}
