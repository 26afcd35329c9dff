namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// Turns a floating-point estimate of a simple root into a proven rational bracket: the interval
    /// estimate·(1 ± 2^-40) is accepted only when p has exact, opposite, nonzero signs at both ends.
    /// The double only guides the search; correctness rests on the exact sign test.
    /// </summary>
    internal static class VerifiedBracket
    {
        private const double RelativeHalfWidth = 1.0 / (1L << 40);

        public static IsolatingInterval? TryAround(Polynomial p, double estimate) =>
            TryAround(p, estimate, BigRational.Zero, BigRational.Zero, bounded: false);

        /// <summary>As above, and the bracket must lie inside (lower, upper), where the caller knows p has one root.</summary>
        public static IsolatingInterval? TryAround(Polynomial p, double estimate, BigRational lower, BigRational upper, bool bounded = true)
        {
            if (double.IsNaN(estimate) || double.IsInfinity(estimate) || estimate <= 0 || estimate > 1e300 || estimate < 1e-300)
            {
                return null;
            }

            var low = BigRational.FromDouble(estimate * (1 - RelativeHalfWidth));
            var high = BigRational.FromDouble(estimate * (1 + RelativeHalfWidth));
            if (bounded)
            {
                low = BigRational.Max(low, lower);
                high = BigRational.Min(high, upper);
                if (low >= high)
                {
                    return null;
                }
            }

            int signLow = p.SignAt(low);
            int signHigh = p.SignAt(high);
            return signLow != 0 && signHigh != 0 && signLow != signHigh ? new IsolatingInterval(low, high) : (IsolatingInterval?)null;
        }
    }
}
