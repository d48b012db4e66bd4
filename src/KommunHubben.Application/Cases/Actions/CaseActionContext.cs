using KommunHubben.Domain.WageSubsidy;
using KommunHubben.Persistence;
using KommunHubben.Persistence.Protection;
using Microsoft.Extensions.Options;

namespace KommunHubben.Application.Cases.Actions;

/// <summary>The services an action may need to check or apply itself (read-only use of the database).</summary>
public sealed record CaseActionContext(
    HubDbContext Db, PersonalDataProtector Protector, IOptions<WageSubsidyRulesOptions> WageSubsidyRules, TimeProvider Clock);
