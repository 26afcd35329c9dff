using Dmf.Symbolic.Exact;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Spectrum;

namespace Dmf.Verify.Tests;

/// <summary>
/// Y = U·Σ·Vᵀ with exact rational orthogonal U, V (Cayley transforms of rational skew-symmetric matrices) is classified
/// exactly as its diagonal instance: same singular values in descending order, same types, classes and verdicts.
/// </summary>
public class ExactMatrixSpectrumTests
{
    public static TheoryData<int[], string[], string[]> Instances() => new()
    {
        // L = 3, y_2 exactly at y_crit (lambda = 27/256): not benign (the example, rotated differently).
        { new[] { 2, 2, 2, 2 }, new[] { "27/256", "1", "1" }, new[] { "1", "2" } },
        // L = 2, y_2 exactly at sqrt(lambda) = 1/2; rectangular 3 x 4 with a zero value.
        { new[] { 4, 3, 3 }, new[] { "1/2", "1/2" }, new[] { "1/2", "0", "5/2" } },
        // L = 3, a repeated value and a zero, 4 x 3.
        { new[] { 3, 3, 2, 4 }, new[] { "1/5", "1/5", "1/5" }, new[] { "3/2", "0", "3/2" } },
        // L = 4, y = 1 exactly at y_glob (lambda_1 = kappa_glob = 4/729), next to 3 and 1/3.
        { new[] { 3, 3, 3, 3, 3 }, new[] { "4/729", "1", "1", "1" }, new[] { "1/3", "1", "3" } },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void A_rotated_diagonal_instance_is_classified_exactly_as_the_diagonal_one(int[] widths, string[] lambdaText, string[] valueText)
    {
        var lambdas = lambdaText.Select(BigRational.Parse).ToList();
        var values = valueText.Select(BigRational.Parse).ToList();
        int rows = widths[^1], columns = widths[0];
        var u = CayleyOrthogonal(rows, 1);
        var v = CayleyOrthogonal(columns, 2);
        var y = RotatedDiagonal.Of(u, values, v);

        var rotated = DmfInstance.FromMatrix(widths, lambdas, y);
        var diagonal = DmfInstance.FromSingularValues(widths, lambdas, values.OrderByDescending(x => x).ToList());
        Assert.True(rotated.SingularValuesExact, rotated.SingularValueSource);
        Assert.StartsWith("exact:", rotated.SingularValueSource);
        Assert.Equal(diagonal.SingularValues, rotated.SingularValues);

        var a = rotated.Types();
        var b = diagonal.Types();
        Assert.Equal(b.Count(), a.Count());
        Assert.Equal(ClassCounts.For(b), ClassCounts.For(a));
        Assert.Equal(LandscapeVerdicts.For(b).Benign, LandscapeVerdicts.For(a).Benign);
        Assert.Equal(LandscapeVerdicts.For(b).CollapsesToZero, LandscapeVerdicts.For(a).CollapsesToZero);
        Assert.Equal(
            b.Enumerate().Select(t => (t.ToString(), CriticalPointClassifier.Classify(b, t).Class)),
            a.Enumerate().Select(t => (t.ToString(), CriticalPointClassifier.Classify(a, t).Class)));
    }

    [Fact]
    public void The_thresholds_are_hit_exactly_where_the_instances_say()
    {
        var critical = DmfInstance.FromSingularValues(new[] { 2, 2, 2, 2 }, new BigRational[] { new(27, 256), 1, 1 }, new BigRational[] { 2, 1 });
        Assert.Equal(ThresholdRelation.Equal, critical.Landscape.CompareToCritical(1));
        Assert.False(LandscapeVerdicts.For(critical.Types()).Benign);
        var global = DmfInstance.FromSingularValues(new[] { 3, 3, 3, 3, 3 }, new BigRational[] { new(4, 729), 1, 1, 1 }, new BigRational[] { 3, 1, new(1, 3) });
        Assert.Equal(ThresholdRelation.Equal, global.Landscape.CompareToGlobal(1));
    }

    [Fact]
    public void An_unsorted_diagonal_lists_its_values_in_descending_order_with_a_permuted_basis()
    {
        var y = new BigRational[,] { { new(6, 5), 0 }, { 0, new(-3, 2) } };
        var instance = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new BigRational[] { 1, 1, 1 }, y);
        Assert.Equal(new BigRational[] { new(3, 2), new(6, 5) }, instance.SingularValues);
        // Column 0 of U is -e_2 and of V is e_2: U diag(y) V^T reproduces Y.
        var u = instance.Basis.OutputVectors;
        var v = instance.Basis.InputVectors;
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                double sum = 0;
                for (int k = 0; k < 2; k++)
                {
                    sum += u[(i * 2) + k] * instance.SingularValues[k].ToDouble() * v[(j * 2) + k];
                }

                Assert.Equal(y[i, j].ToDouble(), sum, 15);
            }
        }
    }

    [Fact]
    public void Irrational_singular_values_are_classified_exactly_at_ordered_approximations()
    {
        // [[1, 1], [0, 1]]: y = (√5 ± 1)/2.
        var y = new BigRational[,] { { 1, 1 }, { 0, 1 } };
        var instance = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new BigRational[] { new(1, 100), 1, 1 }, y);
        Assert.True(instance.SingularValuesExact);
        Assert.StartsWith("exact, algebraic:", instance.SingularValueSource);
        Assert.Equal(new[] { "1.618033988750...", "0.618033988750..." }, instance.SingularValueTexts());
        var exact = instance.AlgebraicSingularValues!;
        Assert.True(exact[0].CompareTo(instance.SingularValues[0]) != 0);
        Assert.True(Math.Abs(exact[0].ToDouble() - instance.SingularValues[0].ToDouble()) < 1e-15);
        var space = instance.Types();
        Assert.True(space.HasApproximatedValues);
        Assert.Equal(9, (int)space.Count());
        Assert.All(space.Enumerate(), t => Assert.Null(ExactLoss.For(space, t)));
    }

    [Fact]
    public void An_irrational_value_exactly_at_y_crit_makes_the_landscape_not_benign()
    {
        // [[1, 1], [-1, 1]] = √2 · rotation: y = √2 twice; L = 3 with lambda = kappa_crit · (√2)^4 = 27/64 puts both at y_crit.
        var y = new BigRational[,] { { 1, 1 }, { -1, 1 } };
        var instance = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new BigRational[] { new(27, 64), 1, 1 }, y);
        var space = instance.Types();
        Assert.Single(space.Groups);
        Assert.Equal(ThresholdRelation.Equal, space.Groups[0].RelationToCritical);
        Assert.False(LandscapeVerdicts.For(space).Benign);
        Assert.True(LandscapeVerdicts.For(space).CollapsesToZero);
        var star = Assert.Single(space.Groups[0].Roots.PositiveRoots);
        Assert.Equal(RootLabel.DoubleRoot, star.Label);

        // A hair above: benign, two roots.
        var above = DmfInstance.FromMatrix(new[] { 2, 2, 2, 2 }, new BigRational[] { new BigRational(27, 64) - new BigRational(1, 1_000_000_000_000), 1, 1 }, y);
        Assert.True(LandscapeVerdicts.For(above.Types()).Benign);
        Assert.Equal(2, above.Types().Groups[0].RootCount);
    }

    [Fact]
    public void A_matrix_whose_exact_spectrum_costs_too_much_is_certified_and_says_so()
    {
        const int n = 201;
        var y = new BigRational[n, n];
        var random = new Random(2);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                y[i, j] = random.Next(-9, 10);
            }
        }

        Assert.True(ExactSpectrumCost.Seconds(DataMatrix.FromRationals(y)) > DmfInstance.ExactFirstSeconds);
        var widths = Enumerable.Repeat(n, 4).ToArray();
        var instance = DmfInstance.FromMatrix(widths, new BigRational[] { 1, 1, 1 }, y);
        Assert.False(instance.SingularValuesExact);
        Assert.Equal("certified", instance.Establishment);
        Assert.StartsWith("certified: floating SVD", instance.SingularValueSource);
        Assert.NotNull(instance.Enclosures);
        Assert.All(instance.Enclosures!, e => Assert.InRange(e.Representative, e.Lower, e.Upper));
    }

    /// <summary>(I − A)(I + A)^{-1} for a rational skew-symmetric A (seeded): exactly orthogonal.</summary>
    private static BigRational[,] CayleyOrthogonal(int n, int seed)
    {
        var random = new Random(seed);
        var a = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            a[i, i] = BigRational.Zero;
            for (int j = i + 1; j < n; j++)
            {
                a[i, j] = new BigRational(random.Next(-5, 6), random.Next(1, 4));
                a[j, i] = -a[i, j];
            }
        }

        var minus = new BigRational[n, n];
        var plus = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var identity = i == j ? BigRational.One : BigRational.Zero;
                minus[i, j] = identity - a[i, j];
                plus[i, j] = identity + a[i, j];
            }
        }

        var q = Multiply(minus, Inverse(plus));
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var dot = BigRational.Zero;
                for (int k = 0; k < n; k++)
                {
                    dot += q[k, i] * q[k, j];
                }

                Assert.Equal(i == j ? BigRational.One : BigRational.Zero, dot);
            }
        }

        return q;
    }

    private static BigRational[,] Multiply(BigRational[,] a, BigRational[,] b)
    {
        int n = a.GetLength(0);
        var c = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var sum = BigRational.Zero;
                for (int k = 0; k < n; k++)
                {
                    sum += a[i, k] * b[k, j];
                }

                c[i, j] = sum;
            }
        }

        return c;
    }

    private static BigRational[,] Inverse(BigRational[,] m)
    {
        int n = m.GetLength(0);
        var a = new BigRational[n, 2 * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = m[i, j];
                a[i, n + j] = i == j ? BigRational.One : BigRational.Zero;
            }
        }

        for (int c = 0; c < n; c++)
        {
            int pivot = Enumerable.Range(c, n - c).First(r => !a[r, c].IsZero);
            for (int j = 0; j < 2 * n; j++)
            {
                (a[pivot, j], a[c, j]) = (a[c, j], a[pivot, j]);
            }

            var p = a[c, c];
            for (int j = 0; j < 2 * n; j++)
            {
                a[c, j] /= p;
            }

            for (int r = 0; r < n; r++)
            {
                if (r != c && !a[r, c].IsZero)
                {
                    var f = a[r, c];
                    for (int j = 0; j < 2 * n; j++)
                    {
                        a[r, j] -= f * a[c, j];
                    }
                }
            }
        }

        var inverse = new BigRational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                inverse[i, j] = a[i, n + j];
            }
        }

        return inverse;
    }
}
