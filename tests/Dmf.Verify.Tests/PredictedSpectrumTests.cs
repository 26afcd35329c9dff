using Dmf.Symbolic.Exact;
using Dmf.Verify.Analysis;
using Dmf.Verify.Instance;
using Dmf.Verify.Numerics;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Tests;

/// <summary>
/// The closed form's spectrum against the symmetry count and against the numerics: the blocks' zeros are the predicted
/// flat directions for every type of the audit grid, and instances outside what doubles resolve come out inconclusive
/// with the reason, never as a finding (issue 16's reproducers).
/// </summary>
public class PredictedSpectrumTests
{
    private static BigRational[] Q(params string[] values) => values.Select(BigRational.Parse).ToArray();

    [Theory]
    [MemberData(nameof(AuditTests.Grid), MemberType = typeof(AuditTests))]
    public void The_blocks_zeros_are_the_flat_directions_for_every_type(int depth, int seed)
    {
        var instance = AuditTests.GridInstance(depth, seed);
        var space = instance.Types();
        foreach (var type in space.Enumerate())
        {
            var prediction = PredictedSpectrum.For(instance, space, type, 0);
            var flat = FlatDirections.Predict(instance, CriticalPointSlots.Of(space, type));
            Assert.Equal(instance.ParameterCount, prediction.Dimension);
            Assert.True(flat.Total == prediction.Zeros, $"{type}: {prediction.Zeros} zero eigenvalues in the blocks, {flat.Total} flat directions predicted");
            Assert.Equal(prediction.Zeros, prediction.WithinTolerance);
        }
    }

    [Fact]
    public void Strict_saddles_have_negative_block_eigenvalues_and_minimizers_none()
    {
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, Q("0.48", "1", "1"), Q("2", "1.6"));
        var space = instance.Types();
        foreach (var type in space.Enumerate())
        {
            var point = LandscapeAnalyzer.AnalyzePoint(instance, space, type, null);
            var prediction = PredictedSpectrum.For(instance, space, type, 1e-9);
            Assert.Equal(point.Classification.Class == Landscape.PointClass.StrictSaddle, prediction.Negative > 0);
            Assert.Equal(prediction.Negative, prediction.BelowMinusTolerance);
        }
    }

    public static TheoryData<int[], string[], string[], string> BeyondDoubles() => new()
    {
        // y_3 4.4e-16 below sqrt(lambda) (L = 2): the free-slot block's eigenvalue is ~1e-15, inside the zero tolerance.
        { new[] { 3, 3, 3 }, new[] { "0.6", "0.9" }, new[] { "2", "1.2", "0.734846922834953" }, "doubles cannot tell them from 0" },
        // lambda_1 = 1e100: the Hessian's norm swamps eigenvalues of size 2.
        { new[] { 2, 2, 2, 2 }, new[] { "1e100", "1", "1" }, new[] { "1e-100", "1" }, "doubles cannot tell them from 0" },
        // lambda = 1e-40: sigma ~ 1e-7 and curvatures ~ 1e-40.
        { new[] { 2, 2, 2, 2 }, new[] { "1e-40", "1", "1" }, new[] { "2", "1.6" }, "doubles cannot" },
        // lambda_1 = 1e-100, y_1 = 1e100: the realized point overflows.
        { new[] { 2, 2, 2, 2 }, new[] { "1e-100", "1", "1" }, new[] { "1e100", "1" }, "outside the range doubles resolve" },
    };

    [Theory]
    [MemberData(nameof(BeyondDoubles))]
    public void What_doubles_cannot_resolve_is_inconclusive_not_a_finding(int[] widths, string[] lambdas, string[] ys, string reason)
    {
        var instance = DmfInstance.FromSingularValues(widths, Q(lambdas), Q(ys));
        var report = LandscapeAnalyzer.Analyze(instance, AnalysisOptions.Default);
        Assert.All(report.Points, p => Assert.NotEqual(NumericVerdict.Disagrees, p.Numeric!.Verdict));
        var inconclusive = report.Points.Where(p => p.Numeric!.Verdict == NumericVerdict.Inconclusive).ToList();
        Assert.NotEmpty(inconclusive);
        Assert.Contains(inconclusive, p => p.Numeric!.Findings.Any(f => f.Contains(reason, StringComparison.Ordinal)));
        Assert.All(inconclusive, p => Assert.NotEmpty(p.Numeric!.Findings));
    }

    [Fact]
    public void A_well_scaled_point_has_no_unresolved_eigenvalues()
    {
        // The L = 3 example at [x+, 0]: the blocks have exactly the predicted zeros and nothing else near 0, so a zero count
        // that differed here could only be a finding.
        var instance = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, Q("0.48", "1", "1"), Q("2", "1.6"));
        var space = instance.Types();
        var type = space.Enumerate().Single(t => t.ToString() == "[x+, 0]");
        var prediction = PredictedSpectrum.For(instance, space, type, 1e-12);
        var flat = FlatDirections.Predict(instance, CriticalPointSlots.Of(space, type));
        Assert.Equal(flat.Total, prediction.Zeros);
        Assert.Equal(0, prediction.Unresolved);
        Assert.Null(prediction.SmallestNonzero);
    }
}
