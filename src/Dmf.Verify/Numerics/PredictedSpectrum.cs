using System.Collections.Concurrent;
using System.Numerics;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Hessian;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Numerics;

/// <summary>
/// What the closed form says the Hessian's spectrum at a type is, in the terms the numeric check needs: how many
/// eigenvalues are zero, how many lie inside the check's zero tolerance, how many are below −tolerance — so that a
/// double computation which cannot resolve a tiny eigenvalue is reported as inconclusive, not as a finding.
/// <para>
/// The Hessian is the direct sum of the pair blocks of docs/theory.md §4a (one per unordered pair of positions of the
/// singular bases), and the singular bases are orthonormal, so its eigenvalues are the blocks'. Each block is formed from
/// the derived Hessian form (<see cref="CurvatureWitness"/>, the one definition every target uses) with σ and 1/√λ_l
/// approximated to P bits, rounded to an integer matrix N = round(2^E·B) with about P bits in its largest entry, and
/// counted exactly: N's characteristic polynomial p is computed exactly
/// (modular, <see cref="CharacteristicPolynomial"/>), and since a symmetric matrix's eigenvalues are all real, the sign
/// variations of p(x + t) count the eigenvalues above t exactly (Descartes' rule is exact for real-rooted polynomials).
/// </para>
/// <para>
/// Not a proof: an eigenvalue counts as zero when it is below 2^−(P−40) of its block's largest entry (the approximation
/// moves eigenvalues by far less) at two successive precisions P and 2P (P = 200, 400, … ≤ 3200, the first P at least
/// 200 + twice the bits between the block's largest and smallest entry): a nonzero eigenvalue leaves the band as P
/// grows, a zero stays. That is at least 160 bits beyond what a double resolves. What it does
/// establish is the size of every eigenvalue the double spectrum calls zero.
/// </para>
/// </summary>
/// <param name="Dimension">Number of eigenvalues (the parameter count).</param>
/// <param name="Zeros">Eigenvalues that are zero (to 2^−(P−40) relative per block, stable as P doubles).</param>
/// <param name="WithinTolerance">Eigenvalues of magnitude at most the tolerance, zeros included.</param>
/// <param name="BelowMinusTolerance">Eigenvalues below −tolerance (negative curvature doubles can see).</param>
/// <param name="Negative">Negative eigenvalues (beyond the zero band), however small.</param>
/// <param name="SmallestNonzero">The magnitude of the smallest nonzero eigenvalue within the tolerance, to a factor of 2; null when none is.</param>
internal sealed record PredictedSpectrum(int Dimension, int Zeros, int WithinTolerance, int BelowMinusTolerance, int Negative, double? SmallestNonzero)
{
    /// <summary>Bits of σ, 1/√λ_l and the block entries to start with.</summary>
    public const int StartBits = 200;

    /// <summary>The most bits tried.</summary>
    public const int MaxBits = 3200;

    /// <summary>Bits (of the scaled integer matrix) the rounding may move an eigenvalue by, with margin: the zero band is 2^GuardBits.</summary>
    private const int GuardBits = 40;

    /// <summary>The blocks per instance, by the kinds of their positions, as long as the instance lives.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DmfInstance, ConcurrentDictionary<(PositionKind, PositionKind, bool Self), Block>> Blocks = new();

    /// <summary>The blocks' forms per instance (they depend on its widths and λ_l only), as long as the instance lives.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DmfInstance, ConcurrentDictionary<BlockShape, HessianBlockForm>> Forms = new();

    /// <summary>Eigenvalues inside the tolerance that are not zero: what a double spectrum cannot tell from 0.</summary>
    public int Unresolved => WithinTolerance - Zeros;

    /// <summary>The prediction for <paramref name="type"/> of <paramref name="instance"/>, counted against <paramref name="tolerance"/> (≥ 0).</summary>
    public static PredictedSpectrum For(DmfInstance instance, CriticalPointTypes space, CriticalPointType type, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(type);
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be finite and nonnegative.");
        }

        var t = BigRational.FromDouble(tolerance);
        var positions = HessianBlocks.Positions(instance, space, type, exact: false);
        var kinds = positions.Select(p => PositionKind.Of(instance, p)).ToList();
        var blocks = Blocks.GetValue(instance, _ => new ConcurrentDictionary<(PositionKind, PositionKind, bool Self), Block>());
        int dimension = 0, zeros = 0, within = 0, belowMinus = 0, negative = 0;
        double? smallest = null;
        for (int a = 0; a < positions.Count; a++)
        {
            for (int c = a; c < positions.Count; c++)
            {
                var block = blocks.GetOrAdd((kinds[a], kinds[c], a == c), _ => Block.Of(instance, a == c ? new[] { positions[a] } : new[] { positions[a], positions[c] }));
                var counts = block.Count(t);
                dimension += block.Size;
                zeros += block.Zeros;
                within += counts.Within;
                belowMinus += counts.BelowMinus;
                negative += block.Negative;
                if (counts.SmallestNonzero is { } m && (smallest is null || m < smallest))
                {
                    smallest = m;
                }
            }
        }

        return new PredictedSpectrum(dimension, zeros, within, belowMinus, negative, smallest);
    }

    /// <summary>
    /// What a position's blocks depend on within one instance (its widths and λ_l fixed): its y and root label (which fix
    /// σ), and which layers have its row and column — the number of distinct widths at or below its position.
    /// </summary>
    private readonly record struct PositionKind(BigRational Y, RootLabel? Label, int Tier)
    {
        public static PositionKind Of(DmfInstance instance, BlockPosition p) =>
            new(p.Y, p.Root?.Label, instance.Widths.Distinct().Count(w => w <= p.Position));
    }

    /// <summary>One block, rounded to an integer matrix N ≈ 2^E·B, with its exact characteristic polynomial.</summary>
    private sealed class Block
    {
        private readonly Polynomial _characteristic;
        private readonly BigRational _scale;
        private readonly BigRational _zeroBand;

        private Block(int size, Polynomial characteristic, BigRational scale, BigRational zeroBand)
        {
            Size = size;
            _characteristic = characteristic;
            _scale = scale;
            _zeroBand = zeroBand;
            Zeros = size == 0 ? 0 : InBand(zeroBand);
            Negative = size == 0 ? 0 : Below(zeroBand);
        }

        public int Size { get; }

        public int Zeros { get; }

        public int Negative { get; }

        /// <summary>
        /// The block at <see cref="StartBits"/> bits, then at twice as many, until two successive precisions P and 2P
        /// agree on how many eigenvalues are zero (below 2^−(P−40) of the largest entry): a tiny eigenvalue drops out of
        /// the band as the precision grows, a zero stays (at most <see cref="MaxBits"/> bits).
        /// </summary>
        public static Block Of(DmfInstance instance, IReadOnlyList<BlockPosition> window)
        {
            Block? previous = null;
            int least = StartBits;
            for (int bits = StartBits; ; bits *= 2)
            {
                var matrix = Matrix(instance, window, bits);
                var block = AtPrecision(matrix, bits);
                if (bits == StartBits)
                {
                    // An eigenvalue can be as small as m²/M for entries between m and M: start the comparison at a
                    // precision that covers twice the entries' range.
                    least = Math.Min(MaxBits, StartBits + (2 * EntryRangeBits(matrix)));
                }

                if (block.Zeros == 0 || bits >= MaxBits || (bits >= least && previous is not null && previous.Zeros == block.Zeros))
                {
                    return block;
                }

                previous = bits * 2 >= least ? block : null;
            }
        }

        /// <summary>log₂ of the largest over the smallest nonzero entry magnitude (0 for a zero matrix).</summary>
        private static int EntryRangeBits(BigRational[,] matrix)
        {
            var magnitudes = matrix.Cast<BigRational>().Where(e => !e.IsZero).Select(BigRational.Abs).ToList();
            return magnitudes.Count == 0 ? 0 : Math.Max(0, BinaryMagnitude.FloorLog2(magnitudes.Aggregate(BigRational.Max) / magnitudes.Aggregate(BigRational.Min)) + 1);
        }

        private static Block AtPrecision(BigRational[,] matrix, int bits)
        {
            int size = matrix.GetLength(0);
            if (size == 0)
            {
                return new Block(0, Polynomial.One, BigRational.One, BigRational.Zero);
            }

            var largest = BigRational.Zero;
            foreach (var entry in matrix)
            {
                largest = BigRational.Max(largest, BigRational.Abs(entry));
            }

            if (largest.IsZero)
            {
                // The zero block: every eigenvalue is 0.
                return new Block(size, Polynomial.Monomial(BigRational.One, size), BigRational.One, BigRational.Zero);
            }

            int exponent = bits - BinaryMagnitude.FloorLog2(largest);
            var scale = BigRational.FromBinary(1, exponent);
            var integers = new BigInteger[size, size];
            for (int i = 0; i < size; i++)
            {
                for (int j = 0; j < size; j++)
                {
                    integers[i, j] = BigRational.RoundHalfAwayFromZero(matrix[i, j] * scale);
                }
            }

            return new Block(size, CharacteristicPolynomial.Of(integers), scale, BigRational.FromBinary(1, GuardBits));
        }

        /// <summary>Counts against the tolerance t (in the Hessian's units).</summary>
        public (int Within, int BelowMinus, double? SmallestNonzero) Count(BigRational t)
        {
            if (Size == 0)
            {
                return (0, 0, null);
            }

            var band = BigRational.Max(t * _scale, _zeroBand);
            int within = InBand(band);
            double? smallest = null;
            if (within > Zeros)
            {
                // Bisect on the exponent: the smallest 2^k whose band holds more than the zeros.
                int low = BinaryMagnitude.FloorLog2(_zeroBand), high = BinaryMagnitude.FloorLog2(band) + 2;
                while (high - low > 1)
                {
                    int mid = (low + high) / 2;
                    if (InBand(BigRational.FromBinary(1, mid)) > Zeros)
                    {
                        high = mid;
                    }
                    else
                    {
                        low = mid;
                    }
                }

                smallest = (BigRational.FromBinary(1, high) / _scale).ToDouble();
            }

            return (within, Below(band), smallest);
        }

        /// <summary>Eigenvalues of N in [−b, b].</summary>
        private int InBand(BigRational b) => Size - Above(b) - Below(b);

        /// <summary>Eigenvalues of N above b: sign variations of p(x + b).</summary>
        private int Above(BigRational b) => _characteristic.Compose(Polynomial.FromCoefficients(b, BigRational.One)).CoefficientSignVariations();

        /// <summary>Eigenvalues of N below −b: sign variations of p(−x − b).</summary>
        private int Below(BigRational b) => _characteristic.Compose(Polynomial.FromCoefficients(-b, BigRational.MinusOne)).CoefficientSignVariations();
    }

    /// <summary>
    /// The block's matrix B in the Δ coordinates (Δ_l entries in the singular bases, orthonormal in W): the block's form
    /// (<see cref="HessianBlockForm"/>, the one expansion of the derived Hessian form) at the window's diagonal layer entries
    /// w_l = σ/√λ_l and y as rationals.
    /// </summary>
    private static BigRational[,] Matrix(DmfInstance instance, IReadOnlyList<BlockPosition> window, int bits)
    {
        int depth = instance.Depth;
        int size = window.Count;
        var forms = Forms.GetValue(instance, _ => new ConcurrentDictionary<BlockShape, HessianBlockForm>());
        var form = forms.GetOrAdd(HessianBlockForm.ShapeOf(instance.Widths, window), shape => HessianBlockForm.Of(instance.Widths, instance.Lambdas, shape));
        var inverseRoots = instance.Lambdas.Select(l => InverseSquareRoot(l, bits)).ToList();
        var values = new BigRational[form.ValueCount];
        for (int r = 0; r < size; r++)
        {
            var sigma = window[r].Root is { } root ? Approximate(root.Value, bits) : BigRational.Zero;
            for (int l = 0; l < depth; l++)
            {
                values[(l * size) + r] = sigma * inverseRoots[l];
            }

            values[(depth * size) + r] = window[r].Y;
        }

        return form.At(values).Matrix;
    }

    /// <summary>A rational within 2^−bits (relative) of the algebraic number x &gt; 0.</summary>
    private static BigRational Approximate(AlgebraicNumber x, int bits)
    {
        x = BinaryMagnitude.RefinedRelative(x, bits + 8);
        return x.TryGetRational(out var exact) ? exact : BigRational.Midpoint(x.Interval.Lower, x.Interval.Upper);
    }

    /// <summary>1/√λ to 2^−bits relative: the positive root of λx² − 1.</summary>
    private static BigRational InverseSquareRoot(BigRational lambda, int bits)
    {
        var upper = BigRational.Max(BigRational.One, 1 / lambda) + 1;
        return Approximate(AlgebraicNumber.Create(Polynomial.FromCoefficients(BigRational.MinusOne, BigRational.Zero, lambda), BigRational.Zero, upper), bits);
    }
}
