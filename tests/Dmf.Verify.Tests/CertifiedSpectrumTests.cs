using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Spectrum;

namespace Dmf.Verify.Tests;

/// <summary>
/// Certified singular values: the proved enclosures contain the exact values (from the exact engine, or from a
/// construction Y = H₁·diag(s)·H₂ with exact Householder reflections), through LAPACK and through the managed fallback;
/// the decision asks only what the verdicts need; an undecidable value is named, never guessed.
/// </summary>
public class CertifiedSpectrumTests
{
    public static TheoryData<int, int, int, bool> RandomShapes() => new()
    {
        { 1, 7, 1, false }, { 7, 1, 2, false }, { 5, 5, 3, false }, { 12, 9, 4, true }, { 9, 12, 5, false }, { 40, 40, 6, false }, { 30, 17, 7, true },
    };

    [Theory]
    [MemberData(nameof(RandomShapes))]
    public void Enclosures_contain_the_exact_singular_values_of_rational_matrices(int rows, int columns, int seed, bool thirds)
    {
        var random = new Random(seed);
        var y = new BigRational[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                // Thirds are not dyadic: their rounding to doubles is carried as the conversion error.
                y[i, j] = thirds ? new BigRational(random.Next(-20, 21), 3) : random.Next(-9, 10);
            }
        }

        var data = DataMatrix.FromRationals(y);
        Assert.Equal(thirds, !data.ConversionError.IsZero);
        var exact = ExactSingularValues.Expanded(ExactSingularValues.Of(y));
        foreach (bool managed in new[] { false, true })
        {
            var (values, _) = SingularValueEnclosures.Of(data.Doubles, rows, columns, data.ConversionError, managed)!.Value;
            AssertContains(exact, values);
        }
    }

    [Fact]
    public void Clustered_repeated_zero_and_extreme_values_are_enclosed()
    {
        // Values 10^-10 apart, a repeated value, zeros (rank deficient), at 10^150 and 10^-150 scales.
        var s = new[] { new BigRational(3) + new BigRational(1, 10_000_000_000), new BigRational(3), new BigRational(2), new BigRational(2), BigRational.Zero, BigRational.Zero };
        foreach (var scale in new[] { BigRational.One, BigRational.Parse("1e150"), BigRational.Parse("1e-150") })
        {
            var scaled = s.Select(v => v * scale).ToArray();
            var y = Rotated(scaled, 8, 6, seed: 11);
            var data = DataMatrix.FromRationals(y);
            var (values, _) = SingularValueEnclosures.Of(data.Doubles, 8, 6, data.ConversionError)!.Value;
            AssertContains(scaled.Select(AlgebraicNumber.FromRational).ToList(), values);
            Assert.True(values[4].Lower.IsZero && values[5].Lower.IsZero);
        }
    }

    [Fact]
    public void The_zero_matrix_is_enclosed_at_zero()
    {
        var data = DataMatrix.FromDoubles(3, 2, new double[6]);
        var (values, _) = SingularValueEnclosures.Of(data.Doubles, 3, 2, data.ConversionError)!.Value;
        Assert.All(values, v => Assert.True(v.Lower.IsZero && v.Upper.IsZero));
    }

    [Fact]
    public void The_decision_asks_only_what_the_verdicts_need()
    {
        // L = 3, λ = 1: y_crit ≈ 1.7548, y_glob = 2.
        var landscape = ScalarLandscape.FromLayerRegularizations(new BigRational[] { 1, 1, 1 });
        ValueEnclosure Box(string low, string high) => new(BigRational.Parse(low), BigRational.Midpoint(BigRational.Parse(low), BigRational.Parse(high)), BigRational.Parse(high));

        // Overlapping values below y_crit take no root: nothing to decide.
        Assert.Empty(EnclosureDecision.Undecided(landscape, new[] { Box("3", "3.1"), Box("1", "1.2"), Box("1.1", "1.3") }));

        // Overlapping values above y_crit: their order is needed.
        var overlap = Assert.Single(EnclosureDecision.Undecided(landscape, new[] { Box("3", "3.1"), Box("3.05", "3.2") }));
        Assert.Equal(1, overlap.Index);
        Assert.Equal("y_1", overlap.Against);

        // Straddling y_glob = 2 (exactly 2 inside), and y_crit.
        var global = Assert.Single(EnclosureDecision.Undecided(landscape, new[] { Box("1.999", "2.001") }));
        Assert.Equal("y_glob", global.Against);
        var critical = Assert.Single(EnclosureDecision.Undecided(landscape, new[] { Box("1.7", "1.8") }));
        Assert.Equal("y_crit", critical.Against);
        Assert.Contains("y_1 in [1.7", critical.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_certified_instance_classifies_like_its_exact_values()
    {
        // 5 values, none near a threshold (L = 3, λ = 1: y_crit ≈ 1.7548, y_glob = 2): the certified verdicts equal the exact ones.
        var s = new BigRational[] { 5, new(7, 2), new(19, 10), new(3, 2), new(1, 3) };
        var y = Rotated(s, 6, 5, seed: 4);
        var lambdas = new BigRational[] { 1, 1, 1 };
        var widths = new[] { 5, 5, 5, 6 };
        var exact = DmfInstance.FromSingularValues(widths, lambdas, s);
        var certified = CertifiedInstance(widths, lambdas, y);
        Assert.Equal("certified", certified.Establishment);
        Assert.Equal(ClassCounts.For(exact.Types()), ClassCounts.For(certified.Types()));
        Assert.Equal(LandscapeVerdicts.For(exact.Types()).Benign, LandscapeVerdicts.For(certified.Types()).Benign);
        Assert.Equal(LandscapeVerdicts.For(exact.Types()).CollapsesToZero, LandscapeVerdicts.For(certified.Types()).CollapsesToZero);
    }

    [Fact]
    public void Values_a_hair_from_a_threshold_are_decided_as_the_exact_values_are()
    {
        // L = 3, λ = 1: y_glob = 2. Values 2 ± 10⁻¹² straddle it, 10⁻¹⁰ apart from their neighbours; the enclosures of a
        // 7 × 6 matrix are far narrower, so the certified verdicts are the exact ones — y_glob's side included.
        var hair = new BigRational(1, 1_000_000_000_000);
        var s = new[] { new BigRational(2) + hair + new BigRational(1, 10_000_000_000), new BigRational(2) + hair, new BigRational(2) - hair, new BigRational(3, 2), new BigRational(1, 2), BigRational.Zero };
        var y = Rotated(s, 7, 6, seed: 13);
        var lambdas = new BigRational[] { 1, 1, 1 };
        var widths = new[] { 6, 6, 6, 7 };
        var exact = DmfInstance.FromSingularValues(widths, lambdas, s);
        var certified = CertifiedInstance(widths, lambdas, y);
        Assert.All(certified.Enclosures!.Zip(s), p => Assert.InRange(p.Second, p.First.Lower, p.First.Upper));
        var exactGroups = exact.Types().Groups;
        var certifiedGroups = certified.Types().Groups;
        Assert.Equal(exactGroups.Select(g => (g.RelationToCritical, g.RelationToGlobal)), certifiedGroups.Select(g => (g.RelationToCritical, g.RelationToGlobal)));
        Assert.Equal(ClassCounts.For(exact.Types()), ClassCounts.For(certified.Types()));
        Assert.Equal(LandscapeVerdicts.For(exact.Types()).CollapsesToZero, LandscapeVerdicts.For(certified.Types()).CollapsesToZero);
    }

    [Fact]
    public void Certified_sigma_and_loss_enclose_those_of_the_exact_values()
    {
        // Entries with thirds (not doubles): the enclosures carry the conversion error too. L = 4 and L = 2.
        foreach (var (lambdas, widths) in new[] { (new BigRational[] { new(1, 2), 1, 2, 1 }, new[] { 5, 5, 5, 5, 6 }), (new BigRational[] { new(1, 3), 3 }, new[] { 5, 5, 6 }) })
        {
            var s = new BigRational[] { new(16, 3), new(7, 2), new(5, 2), new(3, 2), new(1, 3) };
            var y = Rotated(s, 6, 5, seed: 9);

            var exact = DmfInstance.FromSingularValues(widths, lambdas, s);
            var certified = CertifiedInstance(widths, lambdas, y);
            var options = new Analysis.AnalysisOptions(Analysis.TypeSelection.All, 1000, null);
            var exactPoints = Analysis.LandscapeAnalyzer.Analyze(exact, options).Points.ToDictionary(p => p.Type.ToString());
            var certifiedPoints = Analysis.LandscapeAnalyzer.Analyze(certified, options).Points;
            Assert.Equal(exactPoints.Count, certifiedPoints.Count);
            foreach (var point in certifiedPoints)
            {
                var truth = exactPoints[point.Type.ToString()];
                var bounds = Assert.IsType<Analysis.CertifiedPoint>(point.Certified);
                Assert.InRange(truth.Loss, bounds.LossLower, bounds.LossUpper);
                for (int k = 0; k < point.Slots.Count; k++)
                {
                    Assert.True(Math.Abs(point.Slots[k].SigmaValue - truth.Slots[k].SigmaValue) <= bounds.SigmaRadius + 1e-15, $"{point.Type}: slot {k}");
                }
            }
        }
    }

    /// <summary>The certified instance of <paramref name="y"/>, built the way <see cref="DmfInstance.FromMatrix(IReadOnlyList{int}, IReadOnlyList{BigRational}, DataMatrix)"/> builds one past the exact path's budget.</summary>
    private static DmfInstance CertifiedInstance(int[] widths, BigRational[] lambdas, BigRational[,] y)
    {
        var data = DataMatrix.FromRationals(y);
        var instance = DmfInstance.Certify(widths, lambdas, data);
        Assert.NotNull(instance);
        return instance!;
    }

    private static void AssertContains(IReadOnlyList<AlgebraicNumber> exact, IReadOnlyList<ValueEnclosure> values)
    {
        Assert.Equal(exact.Count, values.Count);
        for (int i = 0; i < exact.Count; i++)
        {
            Assert.True(exact[i].CompareTo(values[i].Lower) >= 0 && exact[i].CompareTo(values[i].Upper) <= 0, $"y_{i + 1} = {exact[i].ToDecimalString(20)} outside [{values[i].Lower.ToDecimalString(20)}, {values[i].Upper.ToDecimalString(20)}]");
            Assert.InRange(values[i].Representative, values[i].Lower, values[i].Upper);
        }
    }

    /// <summary>H_rows·[diag(s); 0]·H_columns with exact Householder reflections H = I − 2vvᵀ/(vᵀv), v seeded: singular values exactly s.</summary>
    internal static BigRational[,] Rotated(IReadOnlyList<BigRational> s, int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var left = Householder(rows, random);
        var right = Householder(columns, random);
        return RotatedDiagonal.Of(left, s, right);
    }

    private static BigRational[,] Householder(int n, Random random)
    {
        var v = Enumerable.Range(0, n).Select(_ => new BigRational(random.Next(1, 9))).ToArray();
        var norm = v.Aggregate(BigRational.Zero, (sum, x) => sum + (x * x));
        var h = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                h[i, j] = (i == j ? BigRational.One : BigRational.Zero) - (2 * v[i] * v[j] / norm);
            }
        }

        return h;
    }
}
