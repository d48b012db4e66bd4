using System.Text.Json;
using KommunHubben.Application.Auditing;
using KommunHubben.Application.Cases;
using KommunHubben.Application.Users;
using KommunHubben.Contracts;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Submission;
using KommunHubben.Domain.Consents;
using KommunHubben.Domain.Identity;
using KommunHubben.Domain.Organisation;
using KommunHubben.Messaging.Outbox;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Entities;
using KommunHubben.Persistence.Messaging;
using KommunHubben.Persistence.Protection;
using Microsoft.EntityFrameworkCore;

namespace KommunHubben.Application.Consents;

/// <summary>
/// The consent register: contact persons record a person's consent, look it up, and record its withdrawal.
/// Withdrawal stops every open case about the person in the same transaction, notifies the officer holding each,
/// and announces CaseStopped so no part of the hub exchanges anything more about them.
/// </summary>
public sealed class ConsentCommands(HubDbContext db, PersonalDataProtector protector, OutboxSignal signal, TimeProvider clock)
{
    private sealed record ProtectedConsentContent(string PersonalIdentityNumber, string? InformationScope);

    public async Task<(CommandResult Result, Guid? ConsentId)> RegisterAsync(HubUser user, RegisterConsentInput input, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson || user.UnitId is null)
            return (new CommandResult.Forbidden("Only a contact person of a city unit can register consent."), null);
        var now = clock.GetUtcNow().UtcDateTime;
        var (consent, errors) = ConsentRules.Validate(input, DateOnly.FromDateTime(now));
        if (consent is null) return (new CommandResult.Invalid(errors), null);

        var record = new ConsentRecord
        {
            Id = Guid.NewGuid(),
            PersonKeyHash = protector.KeyedHash(consent.Person.Normalized),
            ProtectedContent = protector.Protect(JsonSerializer.Serialize(
                new ProtectedConsentContent(consent.Person.Normalized, consent.InformationScope), ProtectedCaseContent.Json)),
            CaseTypes = string.Join(',', consent.CaseTypes.Order()),
            GivenOn = consent.GivenOn,
            GivenHow = consent.GivenHow,
            ExpiresOn = consent.ExpiresOn,
            RegisteredBy = user.UserId,
            UnitId = user.UnitId,
            RegisteredAt = now,
        };
        db.Consents.Add(record);
        Audit(user, "RegisterConsent", null, now);
        await db.SaveChangesAsync(ct);
        return (new CommandResult.Ok(record.Id, "Registered", 0), record.Id);
    }

    /// <summary>The consents registered for a person; the number is given in the body, never in a URL. Audit-logged.</summary>
    public async Task<(CommandResult? Error, IReadOnlyList<ConsentView> Consents)> FindAsync(HubUser user, string? personalIdentityNumber, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson)
            return (new CommandResult.Forbidden("Only a contact person can look up consents."), []);
        var now = clock.GetUtcNow().UtcDateTime;
        var parsed = PersonalIdentityNumber.Parse(personalIdentityNumber, DateOnly.FromDateTime(now));
        if (!parsed.IsValid)
            return (new CommandResult.Invalid([new ValidationError("personalIdentityNumber", parsed.Code)]), []);
        var hash = protector.KeyedHash(parsed.Value.Normalized);
        var records = await db.Consents.AsNoTracking().Where(c => c.PersonKeyHash == hash).OrderBy(c => c.RegisteredAt).ToListAsync(ct);
        Audit(user, "ReadConsents", null, now);
        await db.SaveChangesAsync(ct);
        return (null, records.Select(ToView).ToList());
    }

    public async Task<(CommandResult Result, ConsentWithdrawal? Withdrawal)> WithdrawAsync(HubUser user, Guid consentId, CancellationToken ct)
    {
        if (user.Role != Role.ContactPerson)
            return (new CommandResult.Forbidden("Only a contact person can record a withdrawal of consent."), null);
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.UnitId == user.UnitId, ct);
        if (consent is null) return (new CommandResult.NotFound(), null);
        if (consent.WithdrawnAt is not null)
            return (new CommandResult.Conflict(ConflictCodes.ConsentAlreadyWithdrawn), null);

        var now = clock.GetUtcNow().UtcDateTime;
        // The person withdraws consent, not one registration of it: every consent of theirs ends here.
        var all = await db.Consents.Where(c => c.PersonKeyHash == consent.PersonKeyHash && c.WithdrawnAt == null).ToListAsync(ct);
        foreach (var c in all) c.Withdraw(user.UserId, now);

        var open = await db.Cases.Where(c => c.PersonKeyHash == consent.PersonKeyHash).ToListAsync(ct);
        var stopped = 0;
        foreach (var record in open.Where(c => !CaseLifecycle.IsTerminal(c.Status)))
        {
            ConsentEnding.StopCase(db, record, user.UserId, ConsentEnding.Withdrawn, now);
            Audit(user, "StopCase", record.Id, now);
            stopped++;
        }
        Audit(user, "WithdrawConsent", null, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || IsDeadlock(e))
        {
            // A case changed under us (e.g. the worker routed it this instant, or PostgreSQL chose this transaction as
            // a deadlock's victim while the routing locked the same officer's load row): nothing was saved; the caller retries.
            return (new CommandResult.Conflict(ConflictCodes.ChangedAtSameMoment), null);
        }
        signal.Notify();
        return (new CommandResult.Ok(consentId, "Withdrawn", 0), new ConsentWithdrawal(consentId, all.Count, stopped));
    }

    private ConsentView ToView(ConsentRecord c)
    {
        var content = JsonSerializer.Deserialize<ProtectedConsentContent>(protector.Unprotect(c.ProtectedContent), ProtectedCaseContent.Json)!;
        return new ConsentView(c.Id, c.CaseTypes.Split(','), content.InformationScope, c.GivenOn, c.GivenHow.ToString(), c.ExpiresOn,
            c.UnitId, c.RegisteredBy, c.WithdrawnAt);
    }

    private void Audit(HubUser user, string action, Guid? caseId, DateTime now) =>
        AuditTrail.Record(db, user, action, caseId, "consent register", now);

    /// <summary>PostgreSQL's deadlock victim (SQLSTATE 40P01), anywhere in the exception's chain.</summary>
    private static bool IsDeadlock(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { SqlState: "40P01" }) return true;
        return false;
    }
}
