using System.Numerics;
using Dmf.Symbolic.Exact;

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

        var denominator = value.Denominator;
        if (!(denominator & (denominator - 1)).IsZero)
        {
            _rest += count * value;
            return;
        }

        int exponent = -(int)(denominator.GetBitLength() - 1);
        var mantissa = value.Numerator * count;
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
