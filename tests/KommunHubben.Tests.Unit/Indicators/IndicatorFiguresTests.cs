using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KommunHubben.Domain.Cases;
using KommunHubben.Domain.Cases.Decisions;
using KommunHubben.Domain.Indicators;
using KommunHubben.Reporting.Export;

namespace KommunHubben.Tests.Unit.Indicators;

/// <summary>The other coordinator figures and the CSV format, on small hand-made inputs.</summary>
public sealed class IndicatorFiguresTests
{
    private static readonly DateTime May = new(2025, 5, 15, 12, 0, 0, DateTimeKind.Utc);

    private static CaseFact Fact(CaseStatus status = CaseStatus.Closed, ClosureReason? reason = ClosureReason.Work, string coach = "kp-01",
        string? project = null, string? outcome = null, Gender gender = Gender.Woman, DateTime? closedAt = null) => new()
    {
        CaseId = Guid.NewGuid(), Type = CaseType.GeneralQuestion, UnitId = "jobbtorg-city", ContactPersonId = coach, ProjectId = project,
        Gender = gender, SubmittedAt = May.AddDays(-30), Status = status, Outcome = outcome,
        ClosedAt = status == CaseStatus.Closed ? closedAt ?? May : null, ClosureReason = status == CaseStatus.Closed ? reason : null,
    };

    [Fact]
    public void Every_closure_reason_of_the_case_model_is_in_the_documented_list_with_its_category()
    {
        Assert.All(Enum.GetValues<ClosureReason>(), r => Assert.Contains(ClosureReasonCatalogue.All, d => d.Code == r.ToString()));
        Assert.Equal(ClosureCategory.ReReferred, ClosureReasonCatalogue.Categorise(ClosureReason.ReReferred));
        Assert.Equal(ClosureCategory.Other, ClosureReasonCatalogue.Categorise(null));
        Assert.True(ClosureReasonCatalogue.IsWorkOrStudies(ClosureReason.Studies));
        Assert.False(ClosureReasonCatalogue.IsWorkOrStudies(ClosureReason.OtherEffort));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(20, 5)]
    [InlineData(21, 4)]
    [InlineData(25, 4)]
    [InlineData(26, 3)]
    [InlineData(30, 3)]
    [InlineData(31, null)]
    public void The_IPS_caseload_score_follows_the_fidelity_bands(int active, int? score) => Assert.Equal(score, Caseload.IpsScore(active));

    [Fact]
    public void Caseload_counts_open_cases_per_coach_and_flags_above_the_benchmark()
    {
        var facts = Enumerable.Range(0, 31).Select(_ => Fact(CaseStatus.Claimed, coach: "kp-01"))
            .Concat(Enumerable.Range(0, 22).Select(_ => Fact(CaseStatus.AwaitingSupplement, coach: "kp-02")))
            .Concat(Enumerable.Range(0, 9).Select(_ => Fact(CaseStatus.Closed, coach: "kp-02")))
            .Append(Fact(CaseStatus.Withdrawn, coach: "kp-03"));
        var load = Caseload.PerCoach(facts);

        Assert.Equal(("kp-01", 31, (int?)null, true, false), (load[0].CoachId, load[0].Active, load[0].IpsScore, load[0].ExceedsBenchmark, load[0].WithinRecommendation));
        Assert.Equal(("kp-02", 22, (int?)4, false, true), (load[1].CoachId, load[1].Active, load[1].IpsScore, load[1].ExceedsBenchmark, load[1].WithinRecommendation));
        Assert.Equal(2, load.Count); // kp-03 has nothing open
    }

    [Fact]
    public void Median_is_the_middle_value_and_p90_the_nearest_rank()
    {
        double[] ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
        Assert.Equal(5.5, LeadTimes.Median(ten));          // (5 + 6) / 2
        Assert.Equal(9, LeadTimes.Percentile(ten, 90));    // rank ⌈0.9 × 10⌉ = 9
        Assert.Equal(2, LeadTimes.Median([3, 1, 2]));
        Assert.Equal(100, LeadTimes.Percentile([.. ten, 200], 90)); // rank ⌈9.9⌉ = 10
    }

    [Fact]
    public void Follow_ups_count_only_points_that_are_due_and_their_shares()
    {
        // 12 closed to work in May 2025, 2 re-referred (not followed up). As of 1 Dec 2025 the 3- and 6-month points are due.
        var cohort = Enumerable.Range(0, 12).Select(_ => Fact()).ToList();
        var facts = cohort.Concat([Fact(reason: ClosureReason.ReReferred), Fact(reason: ClosureReason.ReReferred)]);
        var recorded = cohort.Take(10).Select((f, i) => new FollowUpFact(f.CaseId, FollowUpKind.FollowUp3Months, i < 5, May.AddMonths(3)))
            .Concat(cohort.Take(5).Select(f => new FollowUpFact(f.CaseId, FollowUpKind.FollowUp6Months, true, May.AddMonths(6))));

        var report = FollowUpFigures.Compute(facts, recorded, 2025, new DateOnly(2025, 12, 1), threshold: 5);
        var three = report.Points.Single(p => p.Kind == FollowUpKind.FollowUp3Months);
        var six = report.Points.Single(p => p.Kind == FollowUpKind.FollowUp6Months);

        // 3 months: 10 of 12 done, but the 2 not done are fewer than 5: "done" is hidden, the due count shown.
        Assert.Equal((12, (int?)null, (decimal?)null), (three.Done.Denominator.Value!.Value, three.Done.Numerator.Value, three.Done.Percent));
        // ... of the 10 done, 5 still in work or studies: 50.0 %.
        Assert.Equal((5, 10, 50.0m), (three.Positive.Numerator.Value!.Value, three.Positive.Denominator.Value!.Value, three.Positive.Percent!.Value));
        // 6 months: 5 of 12 done (41.7 %), all 5 positive: the complement 0 hides the count.
        Assert.Equal(41.7m, six.Done.Percent);
        Assert.Null(six.Positive.Numerator.Value);

        // As of mid-August only the 3-month point is due.
        var early = FollowUpFigures.Compute(facts, recorded, 2025, new DateOnly(2025, 8, 15), threshold: 5);
        Assert.Null(early.Points.Single(p => p.Kind == FollowUpKind.FollowUp6Months).Done.Denominator.Value);
    }

    [Fact]
    public void Project_participants_are_split_into_where_they_are()
    {
        var kraften = new ProjectDefinition("stockholmskraften", "Stockholmskraften", "Arbetsförmedlingen", new(2024, 9, 1), new(2027, 8, 31), 1000);
        var facts = Enumerable.Range(0, 6).Select(_ => Fact(CaseStatus.Decided, project: kraften.Id, outcome: CaseOutcomes.Enrolled))
            .Concat(Enumerable.Range(0, 5).Select(_ => Fact(CaseStatus.Closed, ClosureReason.Work, project: kraften.Id, outcome: CaseOutcomes.Enrolled)))
            .Concat(Enumerable.Range(0, 7).Select(_ => Fact(CaseStatus.Decided, project: kraften.Id, outcome: CaseOutcomes.Declined)))
            .Concat(Enumerable.Range(0, 8).Select(_ => Fact(CaseStatus.Routed, project: kraften.Id)));
        var row = ProjectFigures.Compute([kraften], facts, threshold: 1).Projects.Single();

        Assert.Equal((26, 8, 7, 6), (row.Referred.Value, row.Pending.Value, row.Declined.Value, row.Active.Value));
        Assert.Equal(5, row.ClosedTo[ClosureCategory.Work].Value);
        // Enrolled = active + closed to each category; closed to studies etc. are 0 and hidden, so the sum is hidden too.
        Assert.Null(row.Enrolled.Value);
        Assert.Null(row.EnrolledOfTargetPercent);

        // With every part shown the sums are shown.
        var whole = ProjectFigures.Compute([kraften], facts.Concat(Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            Fact(CaseStatus.Closed, ClosureReason.Studies, project: kraften.Id, outcome: CaseOutcomes.Enrolled),
            Fact(CaseStatus.Closed, ClosureReason.Other, project: kraften.Id, outcome: CaseOutcomes.Enrolled),
            Fact(CaseStatus.Closed, ClosureReason.ReReferred, project: kraften.Id, outcome: CaseOutcomes.Enrolled),
            Fact(CaseStatus.Decided, project: kraften.Id, outcome: CaseOutcomes.Answered),
            Fact(CaseStatus.Withdrawn, project: kraften.Id),
        })), threshold: 1).Projects.Single();
        // closed: 5 work + 3 studies + 3 other + 3 re-referred = 14; enrolled 6 + 14 = 20 of 1000 = 2.0 %.
        Assert.Equal((20, 14, 2.0m), (whole.Enrolled.Value!.Value, whole.Closed.Value!.Value, whole.EnrolledOfTargetPercent!.Value));
    }

    [Fact]
    public void The_kolada_summary_carries_K_M_and_T_with_the_denominator_and_share()
    {
        var facts = Enumerable.Range(0, 6).Select(_ => Fact()).Concat(Enumerable.Range(0, 6).Select(_ => Fact(reason: ClosureReason.Other)))
            .Concat(Enumerable.Range(0, 12).Select(i => Fact(reason: i < 7 ? ClosureReason.Studies : ClosureReason.OtherEffort, gender: Gender.Man)));
        var kolada = KoladaSummary.From(ClosureIndicator.Compute(facts, 2025, [], new IndicatorTargets(), 5));

        Assert.Equal(("0180", 2025, 70m), (kolada.Municipality, kolada.Period, kolada.TargetPercent));
        Assert.Equal(new KoladaValue("K", 12, 50.0m, ""), kolada.Values[0]);
        Assert.Equal(new KoladaValue("M", 12, 58.3m, ""), kolada.Values[1]);
        Assert.Equal(new KoladaValue("T", 24, 54.2m, ""), kolada.Values[2]);
    }

    [Fact]
    public void The_csv_is_utf8_with_bom_semicolons_decimal_comma_and_dashes()
    {
        var facts = Enumerable.Range(0, 8).Select(_ => Fact()).Concat(Enumerable.Range(0, 5).Select(_ => Fact(reason: ClosureReason.Other)))
            .Concat(Enumerable.Range(0, 10).Select(i => Fact(gender: Gender.Man, reason: i < 5 ? ClosureReason.Work : ClosureReason.OtherEffort)));
        var report = ClosureIndicator.Compute(facts, 2025, [IndicatorDimension.Unit], new IndicatorTargets(), 5);
        var bytes = IndicatorCsv.Write(report, (_, _) => "=Jobbtorg; \"City\"");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("År;Enhet;Kvinnor avslutade;Kvinnor till arbete eller studier;Kvinnor andel (%);Män avslutade;", lines[0]);
        // The label is quoted (it holds ';' and '"') and defused (a leading '=' would be a formula).
        // Women 8 of 13 = 61,5; men 5 of 10 = 50,0; total 13 of 23 = 56,5; target 70,0 not met; no re-referred (0: a dash).
        Assert.Equal("2025;\"'=Jobbtorg; \"\"City\"\"\";13;8;61,5;10;5;50,0;23;13;56,5;70,0;Nej;–", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("– = färre än 5", StringComparison.Ordinal));
    }

    [Property(MaxTest = 200)]
    public Property No_published_indicator_count_is_below_the_threshold_and_shares_need_both_counts() =>
        Prop.ForAll(
            (from n in Gen.Choose(0, 60)
             from seed in Gen.Choose(0, int.MaxValue - 1)
             from threshold in Gen.Choose(1, 8)
             select (n, seed, threshold)).ToArbitrary(),
            x =>
            {
                var random = new Random(x.seed);
                var reasons = new ClosureReason?[] { ClosureReason.Work, ClosureReason.Studies, ClosureReason.ReReferred, ClosureReason.OtherEffort, ClosureReason.Other, null };
                var facts = Enumerable.Range(0, x.n).Select(_ => Fact(reason: reasons[random.Next(reasons.Length)],
                    gender: (Gender)random.Next(3), coach: $"kp-0{random.Next(1, 4)}",
                    closedAt: new DateTime(2025, random.Next(1, 13), 10, 12, 0, 0, DateTimeKind.Utc))).ToList();
                var report = ClosureIndicator.Compute(facts, 2025, [IndicatorDimension.Coach, IndicatorDimension.Quarter], new IndicatorTargets(), x.threshold);
                return report.Rows.Append(report.Total).All(r =>
                    new[] { r.Women, r.Men, r.UnknownGender, r.Total }.OfType<GenderFigures>().All(f =>
                        (f.Closed.Value ?? int.MaxValue) >= x.threshold
                        && (f.WorkOrStudies.Value ?? int.MaxValue) >= x.threshold
                        && (f.WorkOrStudies.Value is null || f.Closed.Value is null || f.Closed.Value - f.WorkOrStudies.Value >= x.threshold)
                        && (f.SharePercent is null) == (f.Closed.Value is null || f.WorkOrStudies.Value is null))
                    && (r.ReReferred.Value ?? int.MaxValue) >= x.threshold);
            });
}
