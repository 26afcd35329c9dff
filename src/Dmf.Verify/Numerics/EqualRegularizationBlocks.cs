namespace Dmf.Verify.Numerics;

/// <summary>
/// The Hessian blocks' eigenvalues in closed form when every λ_l equals μ and both positions exist in every layer
/// (docs/theory.md §4c, "Equal regularizations"). With p = σ_a/√μ, q = σ_c/√μ and f(σ) = 0 eliminating y of an active
/// slot (E_aa = −μ p^{2−L}), a pair block has the L − 1 hidden rotations as null vectors, the L − 1 symmetric hidden
/// reparametrizations W_k → (I + εS)W_k, W_{k+1} → W_{k+1}(I − εS) as eigenvectors with eigenvalue 4μ, and the rest is
/// the plane of the product's first-order changes (α, 0), (0, β), where the block is 2|α|² + 2μ on the diagonal and
/// −2μ·K·Σ_d (L − d)(ρ^{2d−1} + ρ^{1−2d}) off it. Evaluated in outward-rounded doubles from powers prepared once per
/// position kind (<see cref="Prepare"/>): O(L) operations per block, so that every pair of 2,000 values costs well under
/// a second.
/// </summary>
internal sealed class EqualRegularizationBlocks
{
    private readonly int _depth;
    private readonly DoubleInterval _mu;
    private readonly DoubleInterval _muPower;
    private readonly DoubleInterval _halfPower;

    /// <summary>For depth L and λ_l = μ (an interval holding it).</summary>
    public EqualRegularizationBlocks(int depth, DoubleInterval mu)
    {
        _depth = depth;
        _mu = mu;
        _muPower = mu.Power(depth - 1);
        _halfPower = depth % 2 == 0 ? mu.Power((depth - 2) / 2) : mu.Power((depth - 3) / 2) * mu.SquareRoot();
    }

    /// <summary>One block's spectrum: exact eigenvalues 0, 4μ and 2μ with their multiplicities, and the rest as intervals.</summary>
    public readonly record struct Spectrum(int Zeros, int FourMu, int TwoMu, DoubleInterval? First, DoubleInterval? Second)
    {
        /// <summary>Whether the intervals are usable: σ's powers beyond the doubles' range (overflow, NaN) are not.</summary>
        public bool IsFinite => (First is not { } first || first.IsFinite) && (Second is not { } second || second.IsFinite);
    }

    /// <summary>
    /// What the closed forms need of a position kind: σ^k for k = −L..3L (active), or y (without σ); and for an active
    /// kind its own block's top eigenvalue, 2σ^{2L−2}/μ^{L−1} + 2μ, and 2σ^{L−2}/μ^{(L−2)/2}.
    /// </summary>
    public sealed class Kind
    {
        internal Kind(DoubleInterval[]? powers, DoubleInterval y, DoubleInterval center, DoubleInterval coupling, DoubleInterval single)
        {
            Powers = powers;
            Y = y;
            Center = center;
            Coupling = coupling;
            Single = single;
        }

        /// <summary>σ^k at index k + L, or null without σ.</summary>
        public DoubleInterval[]? Powers { get; }

        public DoubleInterval Y { get; }

        public DoubleInterval Center { get; }

        public DoubleInterval Coupling { get; }

        public DoubleInterval Single { get; }
    }

    /// <summary>Prepares a kind: its σ (null without) and y.</summary>
    public Kind Prepare(DoubleInterval? sigma, DoubleInterval y)
    {
        int l = _depth;
        if (sigma is not { } s)
        {
            return new Kind(null, y, default, default, default);
        }

        var powers = new DoubleInterval[(4 * l) + 1];
        powers[l] = DoubleInterval.Exact(1);
        var inverse = DoubleInterval.Exact(1) / s;
        for (int k = 1; k <= 3 * l; k++)
        {
            powers[l + k] = powers[l + k - 1] * s;
        }

        for (int k = 1; k <= l; k++)
        {
            powers[l - k] = powers[l - k + 1] * inverse;
        }

        var top = powers[l + (2 * l) - 2] / _muPower;
        var center = top.Scale(2) + _mu.Scale(2);
        var coupling = (powers[l + l - 2] / _halfPower).Scale(2);
        var single = top.Scale(2 * l) - _mu.Scale((2 * l) - 4);
        return new Kind(powers, y, center, coupling, single);
    }

    /// <summary>
    /// The (a, a) block: active — 4μ (L − 1 times) and 2Lσ^{2L−2}/μ^{L−1} − (2L − 4)μ, the rank-one update of 4μI along s;
    /// without σ — 2μ (L times) for L ≥ 3, 2μ ± 2y for L = 2.
    /// </summary>
    public Spectrum Single(Kind a) =>
        a.Powers is not null ? new Spectrum(0, _depth - 1, 0, a.Single, null)
        : _depth >= 3 ? new Spectrum(0, 0, _depth, null, null)
        : new Spectrum(0, 0, 0, _mu.Scale(2) - a.Y.Scale(2), _mu.Scale(2) + a.Y.Scale(2));

    /// <summary>
    /// The {a, c} block. Both active: 0 and 4μ (L − 1 times each) and 2S/μ^{L−1} + 2μ ∓ 2μKΣ_d(L − d)(ρ^{2d−1} + ρ^{1−2d}),
    /// S = Σ_i σ_a^{2i}σ_c^{2(L−1−i)}, K = (σ_aσ_c)^{L−1}/S, ρ = σ_c/σ_a. One active (σ), the other not (its y): 0 and 4μ
    /// (L − 1 times each) and 2σ^{2L−2}/μ^{L−1} + 2μ ± 2yσ^{L−2}/μ^{(L−2)/2}. Neither: 2μ (2L times) for L ≥ 3; for L = 2
    /// the caller takes the two (a, a)-like blocks 2μ ± 2y_a and 2μ ± 2y_c (<see cref="Single"/> of each).
    /// </summary>
    public Spectrum Pair(Kind a, Kind c)
    {
        int l = _depth;
        if (a.Powers is { } pa && c.Powers is { } pc)
        {
            // S = Σ_i σ_a^{2i} σ_c^{2(L−1−i)}; KΣ·S = Σ_d (L − d)(σ_a^{L−2d} σ_c^{L+2d−2} + σ_a^{L+2d−2} σ_c^{L−2d}).
            var sum = DoubleInterval.Exact(0);
            for (int i = 0; i < l; i++)
            {
                sum += pa[l + (2 * i)] * pc[l + (2 * (l - 1 - i))];
            }

            var series = DoubleInterval.Exact(0);
            for (int d = 1; d < l; d++)
            {
                series += ((pa[l + l - (2 * d)] * pc[l + l + (2 * d) - 2]) + (pa[l + l + (2 * d) - 2] * pc[l + l - (2 * d)])).Scale(l - d);
            }

            var coupling = (series / sum) * _mu.Scale(2);
            var center = (sum / _muPower).Scale(2) + _mu.Scale(2);
            return new Spectrum(l - 1, l - 1, 0, center - coupling, center + coupling);
        }

        if (a.Powers is not null || c.Powers is not null)
        {
            var (active, other) = a.Powers is not null ? (a, c) : (c, a);
            var coupling = active.Coupling * other.Y;
            return new Spectrum(l - 1, l - 1, 0, active.Center - coupling, active.Center + coupling);
        }

        return new Spectrum(0, 0, 2 * l, null, null);
    }
}
