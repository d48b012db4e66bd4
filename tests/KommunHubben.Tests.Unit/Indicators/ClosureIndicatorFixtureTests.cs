using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Indicators;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>
/// Acceptance 1 of the coordinators' issue: 229 cases closed in 2025 (plus cases that must not count) with the
/// indicator per gender, unit and quarter computed by hand below. Share = (work + studies) / (work + studies + other
/// effort + other + unspecified); re-referred are left out of the denominator. Percent with one decimal, half up.
/// </summary>
public sealed class ClosureIndicatorFixtureTests
{
    private const string A = "jobbtorg-city";
    private const string B = "ek-farsta";

    // (unit, quarter, gender) → work, studies, other effort, other, re-referred.
    private static readonly (string Unit, int Quarter, Gender Gender, int Work, int Studies, int OtherEffort, int Other, int ReReferred)[] Blocks =
    [
        (A, 1, Gender.Woman, 6, 2, 3, 2, 1), // the 2 "other" are closed WITHOUT a reason (unspecified counts as other)
        (A, 1, Gender.Man, 4, 1, 4, 1, 2),
        (A, 2, Gender.Woman, 7, 3, 2, 3, 0),
        (A, 2, Gender.Man, 5, 0, 3, 2, 1),
        (A, 3, Gender.Woman, 8, 1, 4, 1, 2),
        (A, 3, Gender.Man, 6, 2, 2, 3, 0),
        (A, 4, Gender.Woman, 9, 3, 3, 2, 1),
        (A, 4, Gender.Man, 3, 3, 4, 2, 3),
        (B, 1, Gender.Woman, 5, 1, 3, 3, 2),
        (B, 1, Gender.Man, 7, 0, 2, 3, 1),
        (B, 2, Gender.Woman, 4, 4, 1, 4, 0),
        (B, 2, Gender.Man, 6, 1, 3, 2, 2),
        (B, 3, Gender.Woman, 10, 2, 2, 3, 1),
        (B, 3, Gender.Man, 5, 2, 4, 1, 0),
        (B, 4, Gender.Woman, 6, 0, 5, 1, 3),
        (B, 4, Gender.Man, 8, 2, 2, 3, 1),
    ];

    private static readonly IndicatorTargets Targets = new()
    {
        Years = { ["2025"] = new YearTarget { Percent = 70m, Units = { [B] = 65m } } },
    };

    private static List<CaseFact> Fixture()
    {
        var facts = new List<CaseFact>();
        foreach (var b in Blocks)
        {
            // Mid-quarter, midday: Feb, May, Aug, Nov 15th.
            var at = new DateTime(2025, 3 * b.Quarter - 1, 15, 12, 0, 0, DateTimeKind.Utc);
            var unspecifiedOther = b is { Unit: A, Quarter: 1, Gender: Gender.Woman };
            Add(b.Work, ClosureReason.Work);
            Add(b.Studies, ClosureReason.Studies);
            Add(b.OtherEffort, ClosureReason.OtherEffort);
            Add(b.Other, unspecifiedOther ? null : ClosureReason.Other);
            Add(b.ReReferred, ClosureReason.ReReferred);

            void Add(int count, ClosureReason? reason)
            {
                for (var i = 0; i < count; i++) facts.Add(Closed(b.Unit, b.Gender, at, reason));
            }
        }
        // One of A's Q1 women's work closures was at 00:30 Stockholm time on New Year's Day: 2025, Q1.
        var first = facts.FindIndex(f => f.UnitId == A && f.Gender == Gender.Woman && f.ClosureReason == ClosureReason.Work);
        facts[first] = facts[first] with { ClosedAt = new DateTime(2024, 12, 31, 23, 30, 0, DateTimeKind.Utc) };
        Assert.Equal(229, facts.Count);

        // Must not count: closed in 2024, closed at 00:30 on 1 Jan 2026 Stockholm time, and cases never closed to an outcome.
        for (var i = 0; i < 4; i++) facts.Add(Closed(A, Gender.Woman, new DateTime(2024, 6, 14, 12, 0, 0, DateTimeKind.Utc), ClosureReason.Work));
        facts.Add(Closed(B, Gender.Man, new DateTime(2025, 12, 31, 23, 30, 0, DateTimeKind.Utc), ClosureReason.Studies));
        for (var i = 0; i < 5; i++) facts.Add(Closed(A, Gender.Man, new DateTime(2025, 5, 2, 9, 0, 0, DateTimeKind.Utc), null) with { Status = CaseStatus.Rejected, ClosedAt = null });
        for (var i = 0; i < 3; i++) facts.Add(Closed(B, Gender.Woman, new DateTime(2025, 5, 2, 9, 0, 0, DateTimeKind.Utc), null) with { Status = CaseStatus.Withdrawn, ClosedAt = null });
        for (var i = 0; i < 6; i++) facts.Add(Closed(B, Gender.Woman, new DateTime(2025, 5, 2, 9, 0, 0, DateTimeKind.Utc), null) with { Status = CaseStatus.Claimed, ClosedAt = null });
        return facts;
    }

    private static CaseFact Closed(string unit, Gender gender, DateTime at, ClosureReason? reason) => new()
    {
        CaseId = Guid.NewGuid(), Type = CaseType.IndividualPlanning, UnitId = unit, ContactPersonId = unit == A ? "kp-01" : "kp-28",
        Gender = gender, SubmittedAt = at.AddDays(-20), Status = CaseStatus.Closed, ClosedAt = at, ClosureReason = reason,
    };

    [Fact]
    public void The_indicator_per_gender_unit_and_quarter_matches_the_hand_computed_table()
    {
        var report = ClosureIndicator.Compute(Fixture(), 2025, [IndicatorDimension.Unit, IndicatorDimension.Quarter], Targets, threshold: 5);

        // unit, quarter | women: closed (N), work/studies (K), % | men: N, K, % | total: N, K, % | target
        var expected = new (string Unit, string Quarter, int WN, int WK, decimal WP, int MN, int MK, decimal MP, int TN, int TK, decimal TP, decimal Target)[]
        {
            // A Q1 women: N = 6+2+3+2 = 13, K = 6+2 = 8, 8/13 = 61.54 → 61.5;   men: N = 4+1+4+1 = 10, K = 5 → 50.0
            //      total N = 13+10 = 23, K = 8+5 = 13, 13/23 = 56.52 → 56.5 (re-referred 1+2 = 3 not in N)
            (A, "2025-Q1", 13, 8, 61.5m, 10, 5, 50.0m, 23, 13, 56.5m, 70m),
            // A Q2 women: 7+3+2+3 = 15, K 10 → 66.67 → 66.7;   men: 5+0+3+2 = 10, K 5 → 50.0;   total 25, 15 → 60.0
            (A, "2025-Q2", 15, 10, 66.7m, 10, 5, 50.0m, 25, 15, 60.0m, 70m),
            // A Q3 women: 8+1+4+1 = 14, K 9 → 64.29 → 64.3;   men: 6+2+2+3 = 13, K 8 → 61.54 → 61.5;   total 27, 17 → 62.96 → 63.0
            (A, "2025-Q3", 14, 9, 64.3m, 13, 8, 61.5m, 27, 17, 63.0m, 70m),
            // A Q4 women: 9+3+3+2 = 17, K 12 → 70.59 → 70.6;   men: 3+3+4+2 = 12, K 6 → 50.0;   total 29, 18 → 62.07 → 62.1
            (A, "2025-Q4", 17, 12, 70.6m, 12, 6, 50.0m, 29, 18, 62.1m, 70m),
            // B Q1 women: 5+1+3+3 = 12, K 6 → 50.0;   men: 7+0+2+3 = 12, K 7 → 58.33 → 58.3;   total 24, 13 → 54.17 → 54.2
            (B, "2025-Q1", 12, 6, 50.0m, 12, 7, 58.3m, 24, 13, 54.2m, 65m),
            // B Q2 women: 4+4+1+4 = 13, K 8 → 61.5;   men: 6+1+3+2 = 12, K 7 → 58.3;   total 25, 15 → 60.0
            (B, "2025-Q2", 13, 8, 61.5m, 12, 7, 58.3m, 25, 15, 60.0m, 65m),
            // B Q3 women: 10+2+2+3 = 17, K 12 → 70.6;   men: 5+2+4+1 = 12, K 7 → 58.3;   total 29, 19 → 65.52 → 65.5
            (B, "2025-Q3", 17, 12, 70.6m, 12, 7, 58.3m, 29, 19, 65.5m, 65m),
            // B Q4 women: 6+0+5+1 = 12, K 6 → 50.0;   men: 8+2+2+3 = 15, K 10 → 66.67 → 66.7;   total 27, 16 → 59.26 → 59.3
            (B, "2025-Q4", 12, 6, 50.0m, 15, 10, 66.7m, 27, 16, 59.3m, 65m),
        };

        Assert.Equal(expected.Length, report.Rows.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = expected[i];
            var row = report.Rows.Single(r => r.Group.SequenceEqual([e.Unit, e.Quarter]));
            Assert.Equal((e.WN, e.WK, e.WP), (row.Women.Closed.Value, row.Women.WorkOrStudies.Value, row.Women.SharePercent));
            Assert.Equal((e.MN, e.MK, e.MP), (row.Men.Closed.Value, row.Men.WorkOrStudies.Value, row.Men.SharePercent));
            Assert.Equal((e.TN, e.TK, e.TP), (row.Total.Closed.Value, row.Total.WorkOrStudies.Value, row.Total.SharePercent));
            Assert.Equal(e.Target, row.TargetPercent);
            // Re-referred per unit and quarter are 1–4: all below 5, so every one is hidden.
            Assert.True(row.ReReferred.IsSuppressed);
        }
        // Rows sort by unit id then quarter (ek-farsta = B first). B Q3 reaches its unit's 65 % (65.5); no A quarter reaches 70 %.
        Assert.Equal([false, false, true, false, false, false, false, false], report.Rows.Select(r => r.MeetsTarget));

        // All of 2025: women N = 13+15+14+17+12+13+17+12 = 113, K = 8+10+9+12+6+8+12+6 = 71, 71/113 = 62.83 → 62.8
        //              men   N = 10+10+13+12+12+12+12+15 = 96,  K = 5+5+8+6+7+7+7+10 = 55,  55/96 = 57.29 → 57.3
        //              total N = 209, K = 126, 126/209 = 60.29 → 60.3;  re-referred 10 + 10 = 20 (shown: ≥ 5)
        //              check: 209 + 20 = 229 closed cases in the fixture's year.
        Assert.Equal((113, 71, 62.8m), (report.Total.Women.Closed.Value, report.Total.Women.WorkOrStudies.Value, report.Total.Women.SharePercent));
        Assert.Equal((96, 55, 57.3m), (report.Total.Men.Closed.Value, report.Total.Men.WorkOrStudies.Value, report.Total.Men.SharePercent));
        Assert.Equal((209, 126, 60.3m), (report.Total.Total.Closed.Value, report.Total.Total.WorkOrStudies.Value, report.Total.Total.SharePercent));
        Assert.Equal(20, report.Total.ReReferred.Value);
        Assert.False(report.HasUnknownGender);
    }

    [Fact]
    public void Per_unit_the_quarters_add_up_and_each_unit_is_held_to_its_own_target()
    {
        var report = ClosureIndicator.Compute(Fixture(), 2025, [IndicatorDimension.Unit], Targets, threshold: 5);

        // A women: N = 13+15+14+17 = 59, K = 8+10+9+12 = 39, 39/59 = 66.10 → 66.1;  men: N = 10+10+13+12 = 45, K = 5+5+8+6 = 24 → 53.33 → 53.3
        // A total: N = 104, K = 63, 63/104 = 60.58 → 60.6;  re-referred 3+1+2+4 = 10
        // B women: N = 12+13+17+12 = 54, K = 6+8+12+6 = 32, 32/54 = 59.26 → 59.3;  men: N = 12+12+12+15 = 51, K = 7+7+7+10 = 31 → 60.78 → 60.8
        // B total: N = 105, K = 63, 63/105 = 60.0;  re-referred 3+2+1+4 = 10
        // Rows sort by unit id: ek-farsta (B) before jobbtorg-city (A).
        var b = report.Rows[0];
        var a = report.Rows[1];
        Assert.Equal([B], b.Group);
        Assert.Equal((54, 32, 59.3m, 51, 31, 60.8m, 105, 63, 60.0m, 65m, 10),
            (b.Women.Closed.Value, b.Women.WorkOrStudies.Value, b.Women.SharePercent, b.Men.Closed.Value, b.Men.WorkOrStudies.Value,
             b.Men.SharePercent, b.Total.Closed.Value, b.Total.WorkOrStudies.Value, b.Total.SharePercent, b.TargetPercent, b.ReReferred.Value));
        Assert.Equal((59, 39, 66.1m, 45, 24, 53.3m, 104, 63, 60.6m, 70m, 10),
            (a.Women.Closed.Value, a.Women.WorkOrStudies.Value, a.Women.SharePercent, a.Men.Closed.Value, a.Men.WorkOrStudies.Value,
             a.Men.SharePercent, a.Total.Closed.Value, a.Total.WorkOrStudies.Value, a.Total.SharePercent, a.TargetPercent, a.ReReferred.Value));
    }

    [Fact]
    public void Re_referred_cases_never_enter_the_denominator()
    {
        var facts = Fixture();
        var before = ClosureIndicator.Compute(facts, 2025, [], Targets, 5).Total.Total;
        // Re-refer 30 more people: the share must not move.
        facts.AddRange(Enumerable.Range(0, 30).Select(_ => Closed(A, Gender.Man, new DateTime(2025, 8, 15, 12, 0, 0, DateTimeKind.Utc), ClosureReason.ReReferred)));
        var after = ClosureIndicator.Compute(facts, 2025, [], Targets, 5).Total;

        Assert.Equal(before, after.Total);
        Assert.Equal(50, after.ReReferred.Value);
    }

    [Fact]
    public void A_small_group_is_shown_as_a_dash_and_cannot_be_worked_out_from_the_totals()
    {
        // Keep only unit A's first quarter and add three men of another unit: 3 is below 5.
        var facts = Fixture().Where(f => f.UnitId == A && f.ClosedAt is { } at && ReportingPeriod.QuarterKey(at) == "2025-Q1").ToList();
        facts.AddRange(Enumerable.Range(0, 3).Select(_ => Closed("jobbtorg-norr", Gender.Man, new DateTime(2025, 2, 15, 12, 0, 0, DateTimeKind.Utc), ClosureReason.Work)));
        var report = ClosureIndicator.Compute(facts, 2025, [IndicatorDimension.Unit], Targets, threshold: 5);

        var norr = report.Rows.Single(r => r.Group[0] == "jobbtorg-norr");
        Assert.True(norr.Men.Closed.IsSuppressed);
        Assert.Null(norr.Men.SharePercent);
        // The men's column total would give it back (total men − A's men): so A's men or the column total is hidden too.
        var city = report.Rows.Single(r => r.Group[0] == A);
        Assert.True(city.Men.Closed.IsSuppressed || report.Total.Men.Closed.IsSuppressed);
        Assert.True(norr.Women.Closed.IsSuppressed); // 0 women: "nobody" is about everyone in the group
        Assert.True(norr.Total.Closed.IsSuppressed);
    }
}
