using Dmf.Symbolic.Exact;

namespace Dmf.Symbolic.Tests.Exact;

public class SturmSequenceTests
{
    [Fact]
    public void Counts_distinct_roots_in_half_open_intervals()
    {
        // (x - 1)^2 (x - 2)(x^2 + 1): distinct real roots 1 and 2.
        var p = Polynomial.Pow(Polynomial.FromCoefficients(-1, 1), 2) * Polynomial.FromCoefficients(-2, 1) * Polynomial.FromCoefficients(1, 0, 1);
        var sturm = SturmSequence.Create(p);
        Assert.Equal(2, sturm.CountAllRoots());
        Assert.Equal(1, sturm.CountRoots(0, 1));
        Assert.Equal(0, sturm.CountRoots(1, new BigRational(3, 2)));
        Assert.Equal(2, sturm.CountRoots(0, 2));
        Assert.Equal(2, sturm.CountRootsClosed(1, 2));
        Assert.Throws<ArgumentException>(() => SturmSequence.Create(Polynomial.Zero));
    }
}
