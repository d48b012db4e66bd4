using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KommunHubben.Domain.Occupations;
using KommunHubben.Domain.WageSubsidy;

namespace KommunHubben.Tests.Unit.WageSubsidy;

/// <summary>
/// Properties of the wage-subsidy arithmetic and period caps over many generated cases. Each is checked against a
/// model written independently of the production code: amounts in integer öre (no decimal, no Math.Round), and the
/// caps written as one plain expression per form.
/// </summary>
public sealed class WageSubsidyProperties
{
    public sealed record BasisCase(long WageOre, int Extent, int CeilingKronor)
    {
        public decimal Wage => WageOre / 100m;

        public WageSubsidyRulesOptions Rules => new() { WageCeilingFullTime = CeilingKronor };

        /// <summary>The pro-rata ceiling in öre: ceiling kr × 100 öre × extent / 100 = ceiling × extent, exactly.</summary>
        public long CeilingOreForExtent => (long)CeilingKronor * Extent;
    }

    public sealed record PeriodCase(WageSubsidyForm Form, int? AlreadyGranted, int Months);

    /// <summary>Whole kronor from positive öre, half a krona upwards, in integers only.</summary>
    private static long RoundToKronor(long ore) => (ore + 50) / 100;

    private static long ModelBasisKronor(BasisCase c) => RoundToKronor(Math.Min(c.WageOre, c.CeilingOreForExtent));

    private static Gen<int> Extents => Gen.OneOf(Gen.Choose(1, 100), Gen.Elements(1, 50, 75, 99, 100));

    // Mostly today's 20 000 kr, some other configured ceilings, including ones whose pro-rata share has öre.
    private static Gen<int> Ceilings => Gen.OneOf(Gen.Constant(20000), Gen.Elements(20001, 25000, 12345, 1), Gen.Choose(1, 60000));

    /// <summary>Wages in öre: anywhere up to the sanity bound, whole kronor, and close around the pro-rata ceiling.</summary>
    private static Gen<long> WagesOre(int extent, int ceiling) => Gen.OneOf(
        Gen.Choose(1, 20_000_000).Select(o => (long)o),
        Gen.Choose(1, 200_000).Select(kr => kr * 100L),
        Gen.Choose(-150, 150).Select(d => Math.Max(1L, (long)ceiling * extent + d)));

    private static Arbitrary<BasisCase> BasisCases =>
        (from extent in Extents
         from ceiling in Ceilings
         from wageOre in WagesOre(extent, ceiling)
         select new BasisCase(wageOre, extent, ceiling)).ToArbitrary();

    private static decimal Basis(BasisCase c) => WageSubsidyCalculator.SubsidyBasis(c.Wage, c.Extent, c.Rules);

    [Property(MaxTest = 1000)]
    public Property The_basis_equals_an_independent_calculation_in_whole_öre() =>
        Prop.ForAll(BasisCases, c => Basis(c) == ModelBasisKronor(c));

    [Property(MaxTest = 1000)]
    public Property The_basis_is_never_more_than_the_wage_rounded_to_whole_kronor() =>
        Prop.ForAll(BasisCases, c =>
        {
            var basisOre = (long)(Basis(c) * 100);
            // Rounding to whole kronor may add at most 50 öre; a wage in whole kronor is never exceeded.
            return basisOre <= c.WageOre + 50 && (c.WageOre % 100 != 0 || basisOre <= c.WageOre);
        });

    [Property(MaxTest = 1000)]
    public Property The_basis_is_never_more_than_the_ceiling_for_the_extent() =>
        Prop.ForAll(BasisCases, c =>
        {
            var basisOre = (long)(Basis(c) * 100);
            // basis ≤ ceiling × extent / 100, compared in öre; exact when the pro-rata ceiling has no öre.
            return basisOre <= c.CeilingOreForExtent + 50 && (c.CeilingOreForExtent % 100 != 0 || basisOre <= c.CeilingOreForExtent);
        });

    [Property(MaxTest = 1000)]
    public Property The_basis_is_the_rounded_wage_or_the_rounded_ceiling_whichever_is_lower() =>
        Prop.ForAll(BasisCases, c =>
        {
            var basis = (long)Basis(c);
            // Compare wage × 100 against ceiling × extent, both in öre × 100, without dividing.
            var wageIsLower = c.WageOre * 100 <= c.CeilingOreForExtent * 100;
            return basis == (wageIsLower ? RoundToKronor(c.WageOre) : RoundToKronor(c.CeilingOreForExtent));
        });

    [Property(MaxTest = 1000)]
    public Property The_basis_never_falls_when_the_wage_rises() =>
        Prop.ForAll(BasisCases, Gen.Choose(0, 5_000_000).ToArbitrary(), (c, raiseOre) =>
            Basis(c) <= Basis(c with { WageOre = c.WageOre + raiseOre }));

    [Property(MaxTest = 1000)]
    public Property The_basis_never_falls_when_the_extent_rises() =>
        Prop.ForAll(BasisCases, Gen.Choose(0, 99).ToArbitrary(), (c, more) =>
            Basis(c) <= Basis(c with { Extent = Math.Min(100, c.Extent + more) }));

    [Property(MaxTest = 1000)]
    public Property The_monthly_subsidy_is_the_percent_of_the_basis_and_never_more_than_the_basis() =>
        Prop.ForAll(BasisCases, Gen.Choose(1, 90).ToArbitrary(), (c, percent) =>
        {
            var basis = Basis(c);
            var subsidy = WageSubsidyCalculator.MonthlySubsidy(basis, percent, c.Rules);
            var modelKronor = ((long)basis * percent + 50) / 100;
            return subsidy == modelKronor && subsidy >= 0 && subsidy <= basis;
        });

    // ---- Period caps over form × months ----

    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly WageSubsidyRulesOptions DefaultRules = new();

    private static readonly WageSubsidyRequestInput ValidRequest = new(
        "Employment", "855104-0721", "Stadsbiblioteket", "4111", 75, 24000m, Today, 12,
        "AF-FH-2026-0042", true, "Handledare.", null);

    private static Arbitrary<PeriodCase> PeriodCases =>
        (from form in Gen.Elements(Enum.GetValues<WageSubsidyForm>())
         from already in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 130).Select(a => (int?)a))
         from months in Gen.OneOf(Gen.Choose(1, 130), Gen.Elements(12, 13, 48, 49), MonthsAtTotalCaps(already))
         select new PeriodCase(form, already, months)).ToArbitrary();

    /// <summary>Months that bring an extension's total just below, onto or just past the 24 and 96 month caps.</summary>
    private static Gen<int> MonthsAtTotalCaps(int? already) =>
        Gen.Elements(23, 24, 25, 95, 96, 97).Select(total => Math.Max(1, total - (already ?? 0)));

    /// <summary>The caps of docs/domain.md, one line each.</summary>
    private static bool ModelAllows(PeriodCase c) => (c.Form, c.AlreadyGranted) switch
    {
        (_, null) => c.Months <= 12,
        (WageSubsidyForm.Development, int a) => a + c.Months <= 24,
        (WageSubsidyForm.Employment, int a) => a + c.Months <= 96,
        (WageSubsidyForm.SecurityInEmployment, _) => c.Months <= 48,
        _ => throw new InvalidOperationException("unknown form"),
    };

    [Property(MaxTest = 1000)]
    public Property A_request_is_accepted_exactly_when_its_period_is_within_the_caps() =>
        Prop.ForAll(PeriodCases, c =>
        {
            var input = ValidRequest with
            {
                Form = c.Form.ToString(),
                RequestedMonths = c.Months,
                Earlier = c.AlreadyGranted is { } a ? new WageSubsidyHistory(a, "AF-LB-2025-0815") : null,
            };
            var (request, _) = WageSubsidyRequestValidator.Validate(input, Today, DefaultRules, SsykCatalogue.Shipped);
            return (request is not null) == ModelAllows(c);
        });

    [Property(MaxTest = 1000)]
    public Property A_decision_may_grant_exactly_the_periods_a_request_may_ask_for() =>
        Prop.ForAll(PeriodCases, c =>
            (WageSubsidyDecisionValidator.Validate(c.Form, c.AlreadyGranted, c.Months, 80, DefaultRules).Count == 0) == ModelAllows(c));

    [Property(MaxTest = 500)]
    public Property A_decision_period_ends_the_day_before_the_next_period_would_start() =>
        Prop.ForAll(
            Gen.Choose(0, 3650).Select(d => new DateOnly(2026, 1, 1).AddDays(d)).ToArbitrary(),
            Gen.Choose(1, 130).ToArbitrary(),
            (start, months) =>
            {
                var (s, end) = WageSubsidyCalculator.DecisionPeriod(start, months);
                var monthsSpanned = (end.Year - s.Year) * 12 + end.Month - s.Month;
                return s == start
                       && end.AddDays(1) == start.AddMonths(months)
                       && end >= start
                       && (monthsSpanned == months || monthsSpanned == months - 1);
            });
}
