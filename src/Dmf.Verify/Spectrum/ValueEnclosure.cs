namespace Dmf.Verify.Spectrum;

/// <summary>
/// A singular value y known to lie in [<see cref="Lower"/>, <see cref="Upper"/>] (proved, exact rational endpoints), with
/// the floating-point value the SVD returned as <see cref="Representative"/> (inside the interval).
/// </summary>
public readonly record struct ValueEnclosure(BigRational Lower, BigRational Representative, BigRational Upper)
{
    /// <summary>(Upper − Lower)/2.</summary>
    public BigRational Radius => (Upper - Lower) / 2;
}
