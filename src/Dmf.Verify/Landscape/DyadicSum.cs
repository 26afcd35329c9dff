using System.Numerics;

namespace Dmf.Verify.Landscape;

/// <summary>
/// An exact sum of rationals that is fast for dyadic ones (m·2^e, as the loss enclosures and the squares of floating
/// singular values are): those are added as integers at a common exponent, with no gcd per addition; any other
/// rational joins an exact rational remainder. Mutable, for one summation.
/// </summary>
internal sealed class DyadicSum
{
    private BigInteger _mantissa;
    private int _exponent;
    private BigRational _rest;

    /// <summary>Adds <paramref name="count"/>·<paramref name="value"/>.</summary>
    public void Add(BigRational value, int count = 1)
    {
        if (value.IsZero || count == 0)
        {
            return;
        }

        if (Dyadic.TryFrom(value) is { } dyadic)
        {
            Add(dyadic, count);
        }
        else
        {
            _rest += count * value;
        }
    }

    /// <summary>Adds <paramref name="count"/>·<paramref name="value"/> for a value already split into mantissa and exponent.</summary>
    public void Add(Dyadic value, int count = 1)
    {
        if (value.Mantissa.IsZero || count == 0)
        {
            return;
        }

        int exponent = value.Exponent;
        var mantissa = count == 1 ? value.Mantissa : value.Mantissa * count;
        if (_mantissa.IsZero)
        {
            (_mantissa, _exponent) = (mantissa, exponent);
        }
        else if (exponent >= _exponent)
        {
            _mantissa += mantissa << (exponent - _exponent);
        }
        else
        {
            _mantissa = (_mantissa << (_exponent - exponent)) + mantissa;
            _exponent = exponent;
        }
    }

    /// <summary>The sum, exactly.</summary>
    public BigRational Value => BigRational.FromBinary(_mantissa, _exponent) + _rest;
}

/// <summary>m·2^e, exactly: a dyadic rational split once so that sums of it need no division.</summary>
internal readonly record struct Dyadic(BigInteger Mantissa, int Exponent)
{
    /// <summary>The split of <paramref name="value"/> when its denominator is a power of two; else null.</summary>
    public static Dyadic? TryFrom(BigRational value)
    {
        var denominator = value.Denominator;
        return (denominator & (denominator - 1)).IsZero ? new Dyadic(value.Numerator, -(int)(denominator.GetBitLength() - 1)) : null;
    }
}
