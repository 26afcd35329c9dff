using System.Numerics;
using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Tests;

/// <summary>
/// Exhaustive audits on a grid of small random instances (fixed seeds): every type realized and checked through the
/// generated kernels must agree with the rules — rectangular widths, width-1 bottlenecks, repeated and zero singular
/// values, and y exactly at y_crit and y_glob (λ_1 chosen so that the threshold is hit exactly).
/// </summary>
public class AuditTests
{
    private static readonly string[] Pool = { "0", "0.4", "1", "1.3", "1.8", "1.8", "2.5", "3" };

    public static TheoryData<int, int> Grid()
    {
        var data = new TheoryData<int, int>();
        for (int depth = 2; depth <= 5; depth++)
        {
            for (int seed = 1; seed <= 6; seed++)
            {
                data.Add(depth, (depth * 100) + seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Random_instances_have_no_disagreements(int depth, int seed)
    {
        var instance = GridInstance(depth, seed);
        var result = LandscapeAudit.Run(instance, new NumericCheckOptions(OrthogonalFactors.Random(seed)));
        Assert.True(result.Disagreements == 0 && result.Inconclusive == 0,
            $"widths [{string.Join(",", instance.Widths)}], y [{string.Join(",", instance.SingularValues.Select(y => y.ToExactString()))}], lambda [{string.Join(",", instance.Lambdas.Select(l => l.ToExactString()))}]: " +
            string.Join(" | ", result.NotAgreeing.Select(p => $"{p.Type} {p.Classification.Class}: {string.Join("; ", p.Numeric!.Findings)}")));
        Assert.Equal(result.Checked, result.Agreements);
        Assert.Equal((int)instance.Types().Count(), result.Checked);
    }

    public static TheoryData<int, int> DoubleRootGroups()
    {
        var data = new TheoryData<int, int>();
        foreach (int depth in new[] { 3, 4, 5 })
        {
            foreach (int n in new[] { 2, 3, 4 })
            {
                data.Add(depth, n);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DoubleRootGroups))]
    public void Equal_values_at_the_double_root_have_a_symmetric_space_of_flat_directions(int depth, int n)
    {
        // n equal values y = 1 exactly at y_crit (λ_1 = κ_crit(L), the others 1; hidden widths n + 1, so hidden rotations
        // of the unused direction count too). k slots at x* are flat along I + tS for every symmetric k × k S: C(k + 1, 2)
        // directions (docs/theory.md §3.1: each pair block's symmetric half is twice the slot's own block, singular at
        // x*; its antisymmetric half is rotations and one positive direction). Every type is checked against the dense
        // spectrum (numbers of zeros equal), for k = 0..n slots at x*.
        var widths = Enumerable.Range(0, depth + 1).Select(l => l == 0 || l == depth ? n : n + 1).ToArray();
        var critical = ScalarLandscape.Create(depth, BigRational.One).CriticalLambda(BigRational.One);
        var lambdas = Enumerable.Range(0, depth).Select(l => l == 0 ? critical : BigRational.One).ToArray();
        var instance = DmfInstance.FromSingularValues(widths, lambdas, Enumerable.Repeat(BigRational.One, n).ToArray());
        var result = LandscapeAudit.Run(instance, new NumericCheckOptions(OrthogonalFactors.Random(n)));
        Assert.True(result.Disagreements == 0 && result.Inconclusive == 0, string.Join(" | ", result.NotAgreeing.Select(p => $"{p.Type}: {string.Join("; ", p.Numeric!.Findings)}")));
        Assert.Equal(n + 1, result.Checked);
        var space = instance.Types();
        foreach (var type in space.Enumerate())
        {
            int k = type.ActiveCount;
            Assert.Equal(k * (k + 1) / 2, FlatDirections.Predict(instance, CriticalPointSlots.Of(space, type)).ThresholdDirections);
        }
    }

    [Fact]
    public void The_grid_covers_every_class_and_both_thresholds()
    {
        var classes = new HashSet<PointClass>();
        int doubleRoots = 0, atGlobal = 0, repeated = 0, zeros = 0;
        foreach (var row in Grid())
        {
            var instance = GridInstance((int)row[0], (int)row[1]);
            var space = instance.Types();
            foreach (var type in space.Enumerate())
            {
                classes.Add(CriticalPointClassifier.Classify(space, type).Class);
            }

            doubleRoots += space.Groups.Count(g => instance.Depth > 2 && g.RelationToCritical == ThresholdRelation.Equal);
            atGlobal += space.Groups.Count(g => g.RelationToGlobal == ThresholdRelation.Equal);
            repeated += space.Groups.Count(g => g.Multiplicity > 1);
            zeros += space.Groups.Count(g => g.Y.IsZero);
        }

        Assert.Equal(4, classes.Count);
        Assert.True(doubleRoots >= 3 && atGlobal >= 3 && repeated >= 3 && zeros >= 3, $"x* {doubleRoots}, y_glob {atGlobal}, repeated {repeated}, zero {zeros}");
    }

    /// <summary>A small random instance; even seeds repeat y_1 when d_Y ≥ 2; seeds ≡ 1 (mod 3) put the largest y exactly at y_crit, ≡ 2 at y_glob (via λ_1).</summary>
    internal static DmfInstance GridInstance(int depth, int seed)
    {
        var random = new Random(seed);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => random.Next(1, 4)).ToArray();
        int dY = Math.Min(widths[0], widths[depth]);
        var ys = Enumerable.Range(0, dY).Select(_ => BigRational.Parse(Pool[random.Next(Pool.Length)])).ToList();
        if (seed % 2 == 0 && dY >= 2)
        {
            ys[dY - 1] = ys[0]; // a repeated singular value
        }

        var lambdas = Enumerable.Range(0, depth).Select(_ => (BigRational.Parse(Pool[random.Next(2, Pool.Length)]) / 4) + new BigRational(1, 10)).ToList();
        int mode = seed % 3;
        var top = ys.Max();
        if (mode > 0 && top.Sign > 0)
        {
            var landscape = ScalarLandscape.FromLayerRegularizations(lambdas);
            var target = mode == 1 ? landscape.CriticalLambda(top) : landscape.GlobalLambda(top);
            var others = lambdas.Skip(1).Aggregate(BigRational.One, (a, b) => a * b);
            lambdas[0] = target / others;
        }

        return DmfInstance.FromSingularValues(widths, lambdas, ys);
    }

    [Fact]
    public void Non_strict_saddles_descend_along_the_balanced_curve()
    {
        // L = 3, y = 2 exactly at y_crit: λ = λ_crit(2); the type [x*] is a non-strict saddle.
        var landscape = ScalarLandscape.Create(3, 1);
        var lambda = landscape.CriticalLambda(2);
        var instance = DmfInstance.FromSingularValues(new[] { 1, 1, 1, 1 }, new[] { lambda, BigRational.One, BigRational.One }, new BigRational[] { 2 });
        var report = LandscapeAnalyzer.Analyze(instance, AnalysisOptions.Default);
        var saddle = report.Points.Single(p => p.Classification.Class == PointClass.NonStrictSaddle);
        var numeric = saddle.Numeric!;
        Assert.True(numeric.Agrees, string.Join("; ", numeric.Findings));
        Assert.NotNull(numeric.Descent);
        Assert.True(numeric.Descent!.Measured < 0);
        Assert.Equal(1, numeric.ExpectedZeroEigenvalues.ThresholdDirections);
        Assert.False(report.Verdicts.Benign);
    }

    [Fact]
    public void Class_counts_match_classifying_every_type()
    {
        var random = new Random(5);
        for (int trial = 0; trial < 40; trial++)
        {
            int depth = random.Next(2, 6);
            int size = random.Next(1, 6);
            var ys = Enumerable.Range(0, size).Select(_ => BigRational.Parse(Pool[random.Next(Pool.Length)])).ToList();
            var landscape = ScalarLandscape.Create(depth, BigRational.Parse("0.7"));
            var space = CriticalPointTypes.Create(landscape, ys, random.Next(1, size + 2));
            var classes = space.Enumerate().Select(t => CriticalPointClassifier.Classify(space, t).Class).ToList();
            var counts = ClassCounts.For(space);
            Assert.Equal(new BigInteger(classes.Count), counts.Total);
            Assert.Equal(new BigInteger(classes.Count(c => c == PointClass.GlobalMinimizer)), counts.GlobalMinimizers);
            Assert.Equal(new BigInteger(classes.Count(c => c is PointClass.GlobalMinimizer or PointClass.LocalMinimizer)), counts.LocalMinimizers);
            Assert.Equal(new BigInteger(classes.Count(c => c == PointClass.StrictSaddle)), counts.StrictSaddles);
            Assert.Equal(new BigInteger(classes.Count(c => c == PointClass.NonStrictSaddle)), counts.NonStrictSaddles);
        }
    }

    [Fact]
    public void Root_labels_from_thresholds_match_the_isolated_roots()
    {
        foreach (int depth in new[] { 2, 3, 4, 6 })
        {
            var landscape = ScalarLandscape.Create(depth, BigRational.Parse("0.7"));
            foreach (var text in Pool.Append("1.7547").Append("2.2"))
            {
                var group = new SingularValueGroup(landscape, BigRational.Parse(text), new[] { 0 });
                Assert.Equal(group.Roots.PositiveRoots.Select(r => r.Label), group.Labels);
            }
        }
    }
}
