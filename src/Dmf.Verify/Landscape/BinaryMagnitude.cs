namespace Dmf.Verify.Landscape;

/// <summary>Sizes of exact numbers in bits, for choosing refinement widths and scalings relative to a number.</summary>
internal static class BinaryMagnitude
{
    /// <summary>⌊log₂ r⌋ or one less, for r &gt; 0 (bit lengths of numerator and denominator).</summary>
    public static int FloorLog2(BigRational r) => (int)(r.Numerator.GetBitLength() - r.Denominator.GetBitLength()) - 1;

    /// <summary>
    /// <paramref name="x"/> &gt; 0 with its isolating interval narrower than 2^−bits of its lower end (first refined until
    /// that end is positive).
    /// </summary>
    public static AlgebraicNumber RefinedRelative(AlgebraicNumber x, int bits)
    {
        while (x.Interval.Lower.Sign <= 0)
        {
            x = x.Refine((x.Interval.Upper - x.Interval.Lower) / 4);
        }

        return x.Refine(BigRational.FromBinary(1, FloorLog2(x.Interval.Lower) - bits));
    }
}
