using System.Collections.Concurrent;
using Dmf.Symbolic.Landscape;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;

namespace Dmf.Verify.Numerics;

/// <summary>
/// The values the Hessian blocks are evaluated at, each as a rational interval that contains it (nothing here is a
/// floating-point number): y of a group by its point, its isolating interval refined, or its certified enclosure; σ of a
/// rational y as its exact algebraic root, of an irrational y by the roots at its interval's ends (each root is monotone
/// in y), of a certified y by its proved enclosure (<see cref="CertifiedEnclosures"/>); 1/√λ_l by a refined isolating
/// interval. Cached per precision; one per <see cref="HessianSpectra"/> (thread-safe).
/// </summary>
internal sealed class BlockValues
{
    private readonly DmfInstance _instance;
    private readonly CriticalPointTypes _space;
    private readonly CertifiedEnclosures? _certified;
    private readonly ConcurrentDictionary<(int Group, RootLabel Label, int Bits), (BigRational Lower, BigRational Upper)> _sigmas = new();
    private readonly ConcurrentDictionary<(int Layer, int Bits), (BigRational Lower, BigRational Upper)> _inverseRoots = new();
    private readonly ConcurrentDictionary<(int Group, int Bits), (BigRational Lower, BigRational Upper)> _values = new();

    /// <summary>True when the values are certified enclosures: their width, not the precision, bounds every eigenvalue's.</summary>
    public bool IsCertified => _certified is not null;

    /// <summary>For the types <paramref name="space"/> of <paramref name="instance"/>.</summary>
    public BlockValues(DmfInstance instance, CriticalPointTypes space)
    {
        _instance = instance;
        _space = space;
        if (space.Groups.Count > 0 && space.Groups.All(g => g.Value.IsCertified))
        {
            _certified = instance.Certified is { } shared && ReferenceEquals(space, instance.Types()) ? shared : new CertifiedEnclosures(space);
        }
    }

    /// <summary>A value of [lower, upper] with few bits and its relative error: the interval itself when it is a point.</summary>
    public static (BigRational Value, BigRational Error) Approximate((BigRational Lower, BigRational Upper) interval, int bits)
    {
        var (lower, upper) = interval;
        if (lower == upper)
        {
            return (lower, BigRational.Zero);
        }

        var middle = BigRational.Midpoint(lower, upper);
        int exponent = bits - BinaryMagnitude.FloorLog2(BigRational.Abs(middle));
        var scale = BigRational.FromBinary(1, exponent);
        var value = new BigRational(BigRational.RoundHalfAwayFromZero(middle * scale)) / scale;
        var error = BigRational.Max(BigRational.Abs(upper - value), BigRational.Abs(value - lower)) / BigRational.Abs(value);
        // Rounded up to a power of two (FloorLog2 may be one low): the error terms' powers stay short.
        return (value, BigRational.FromBinary(1, BinaryMagnitude.FloorLog2(error) + 2));
    }

    /// <summary>An interval holding y of group <paramref name="group"/>: the point, its isolating interval refined to 2^−bits relative, or its certified enclosure.</summary>
    public (BigRational Lower, BigRational Upper) Value(int group, int bits) =>
        _values.GetOrAdd((group, bits), key => _space.Groups[key.Group].Value.Enclosure(BigRational.FromBinary(1, -key.Bits)));

    /// <summary>An interval holding σ at root <paramref name="label"/> of group <paramref name="group"/>'s value.</summary>
    public (BigRational Lower, BigRational Upper) Sigma(int group, RootLabel label, int bits) =>
        _sigmas.GetOrAdd((group, label, bits), key =>
        {
            var g = _space.Groups[key.Group];
            if (_certified is not null)
            {
                var bounds = _certified.Root(key.Group, g.Labels.ToList().IndexOf(key.Label));
                return (bounds.SigmaLower, bounds.SigmaUpper);
            }

            if (g.Value.IsRational)
            {
                return Interval(g.Roots.PositiveRoots.Single(r => r.Label == key.Label).Value, key.Bits);
            }

            // An irrational y in [a, b]: each root is monotone in y (x+ and L = 2's root increase, x− decreases;
            // docs/analyze.md, "Certified singular values"), so the roots at a and b bound it — when both ends have it.
            var (a, b) = Value(key.Group, key.Bits);
            var atA = _space.Landscape.Roots(a).PositiveRoots.SingleOrDefault(r => r.Label == key.Label);
            var atB = _space.Landscape.Roots(b).PositiveRoots.SingleOrDefault(r => r.Label == key.Label);
            if (key.Label != RootLabel.DoubleRoot && atA is not null && atB is not null)
            {
                var (lowA, highA) = Interval(atA.Value, key.Bits);
                var (lowB, highB) = Interval(atB.Value, key.Bits);
                return (BigRational.Min(lowA, lowB), BigRational.Max(highA, highB));
            }

            return Interval(g.ExactRoots.PositiveRoots.Single(r => r.Label == key.Label).Value, key.Bits);
        });

    /// <summary>An interval holding 1/√λ_l (a point when λ_l is a rational square).</summary>
    public (BigRational Lower, BigRational Upper) InverseRoot(int layer, int bits) =>
        _inverseRoots.GetOrAdd((layer, bits), key =>
        {
            var lambda = _instance.Lambdas[key.Layer];
            var upper = BigRational.Max(BigRational.One, 1 / lambda) + 1;
            return Interval(AlgebraicNumber.Create(Polynomial.FromCoefficients(BigRational.MinusOne, BigRational.Zero, lambda), BigRational.Zero, upper), key.Bits);
        });

    /// <summary>x's isolating interval refined to 2^−(bits + 8) relative, or the point when x is rational.</summary>
    private static (BigRational Lower, BigRational Upper) Interval(AlgebraicNumber x, int bits)
    {
        x = BinaryMagnitude.RefinedRelative(x, bits + 8);
        return x.TryGetRational(out var exact) ? (exact, exact) : (x.Interval.Lower, x.Interval.Upper);
    }
}
