using System.Text;
using KommunHubben.Domain.Calendar;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Deadlines;
using KommunHubben.Domain.Notifications;
using KommunHubben.Domain.Organisation;
using KommunHubben.Persistence.Entities;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KommunHubben.Email;

/// <summary>
/// Builds the mails: plain text, from codes, the case's reference, its type and unit, and a link — never a
/// personnummer, a jobseeker's name or free text (none of those is even read). The Message-ID is the sent-mail
/// record's, so a mail sent again after a crash is recognisably the same mail.
/// </summary>
public sealed class MailComposer(IOptions<EmailOptions> options, IOptions<SlaOptions> sla)
{
    private string BaseUrl => options.Value.BaseUrl.TrimEnd('/');

    public MimeMessage Notice(OutgoingMail mail, MailRecipient to, CaseSummary? @case)
    {
        var text = new MailText(to.Language);
        var body = new StringBuilder().AppendLine(text.Greeting).AppendLine();
        body.AppendLine(text.Notice(mail.Kind) + ".").AppendLine();
        if (@case is not null)
        {
            body.AppendLine($"{text.Reference}: {@case.Reference}");
            body.AppendLine($"{text.CaseType}: {text.CaseTypeName(@case.TypeCode)}");
            body.AppendLine($"{text.Unit}: {@case.UnitName}");
        }
        body.AppendLine($"{text.OpenCase}: {Link(to.Role, @case?.Id)}").AppendLine();
        Footer(body, text);
        var subject = @case is null ? text.Notice(mail.Kind) : text.NoticeSubject(mail.Kind, @case.Reference);
        return Message(mail, to, subject, body);
    }

    /// <summary>The receipt of a submission: reference, time, case type, unit, and what happens next (the service level).</summary>
    public MimeMessage Receipt(OutgoingMail mail, MailRecipient to, CaseSummary @case)
    {
        var text = new MailText(to.Language);
        var received = TimeZoneInfo.ConvertTimeFromUtc(@case.SubmittedAt, WorkingDayCalendar.StockholmTimeZone);
        var days = Enum.TryParse<CaseType>(@case.TypeCode, out var type) ? sla.Value.FirstActionDays.GetValueOrDefault(type, 0) : 0;
        var body = new StringBuilder().AppendLine(text.Greeting).AppendLine();
        body.AppendLine(text.ReceiptIntro).AppendLine();
        body.AppendLine($"{text.Reference}: {@case.Reference}");
        body.AppendLine($"{text.ReceivedAt}: {received:yyyy-MM-dd HH:mm}");
        body.AppendLine($"{text.CaseType}: {text.CaseTypeName(@case.TypeCode)}");
        body.AppendLine($"{text.Unit}: {@case.UnitName}").AppendLine();
        body.AppendLine(text.WhatHappensNext(days)).AppendLine();
        body.AppendLine($"{text.OpenReceipt}: {BaseUrl}/Contact/Receipt/{@case.Id}").AppendLine();
        Footer(body, text);
        return Message(mail, to, text.ReceiptSubject(@case.Reference), body);
    }

    /// <summary>A digest: one line per case under its most urgent kind of notice, sections most urgent first, with counts.</summary>
    public MimeMessage Digest(OutgoingMail mail, MailRecipient to, IReadOnlyList<(string Kind, CaseSummary Case)> items)
    {
        var text = new MailText(to.Language);
        var perCase = DigestLines(items);
        var body = new StringBuilder().AppendLine(text.Greeting).AppendLine().AppendLine(text.DigestIntro).AppendLine();
        foreach (var section in perCase.GroupBy(i => NoticeCategories.Of(i.Kind)).OrderBy(g => g.Key))
        {
            body.AppendLine(text.Section(section.Key, section.Count()));
            foreach (var (kind, c) in section)
                body.AppendLine($"- {c.Reference}, {text.CaseTypeName(c.TypeCode)}, {c.UnitName}: {text.Notice(kind)}. {Link(to.Role, c.Id)}");
            body.AppendLine();
        }
        Footer(body, text);
        return Message(mail, to, text.DigestSubject(perCase.Count, mail.DigestDay ?? DateOnly.MinValue), body);
    }

    /// <summary>Each case once, under its most urgent notice; oldest case first within a kind.</summary>
    public static List<(string Kind, CaseSummary Case)> DigestLines(IEnumerable<(string Kind, CaseSummary Case)> items) =>
        items.GroupBy(i => i.Case.Id)
            .Select(g => g.OrderBy(i => NoticeCategories.Of(i.Kind)).First())
            .OrderBy(i => NoticeCategories.Of(i.Kind)).ThenBy(i => i.Case.SubmittedAt)
            .ToList();

    public string Link(Role role, Guid? caseId) => (role, caseId) switch
    {
        (Role.Officer, { } id) => $"{BaseUrl}/Officer/Case/{id}",
        (Role.ContactPerson, { } id) => $"{BaseUrl}/Contact/Case/{id}",
        _ => $"{BaseUrl}/Notifications",
    };

    private void Footer(StringBuilder body, MailText text)
    {
        body.AppendLine(text.NoPersonalData);
        body.AppendLine(text.ChangeSettings($"{BaseUrl}/Settings")).AppendLine();
        body.AppendLine(text.Signature);
    }

    private MimeMessage Message(OutgoingMail mail, MailRecipient to, string subject, StringBuilder body)
    {
        var message = new MimeMessage { Subject = subject, MessageId = mail.MessageId, Body = new TextPart("plain") { Text = body.ToString() } };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(to.Address!));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    /// <summary>The Message-ID of a notice's mail: derived from the notification id alone.</summary>
    public string NoticeMessageId(long notificationId) => $"notice-{notificationId}@{Domain}";

    public string ReceiptMessageId(Guid caseId) => $"receipt-{caseId:N}@{Domain}";

    public string DigestMessageId(string recipientId, DateOnly day) =>
        $"digest-{new string(recipientId.Where(char.IsAsciiLetterOrDigit).ToArray())}-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(recipientId)))[..8]}-{day:yyyyMMdd}@{Domain}";

    private string Domain => Uri.TryCreate(options.Value.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "kommunhubben.local";
}
