namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// The rational forms of docs/theory.md §2.1 (0^0 = 1 for L = 2):
    /// y &gt; y_crit ⇔ λ &lt; λ_crit(y) = L^L (L−2)^{L−2} y^{2(L−1)} / (2(L−1))^{2(L−1)},
    /// y &gt; y_glob ⇔ λ &lt; λ_glob(y) = (L−2)^{L−2} y^{2(L−1)} / (L−1)^{2(L−1)}.
    /// Equivalently y_crit^{2L−2} = λ / κ_crit and y_glob^{2L−2} = λ / κ_glob with the depth constants κ below.
    /// </summary>
    internal static class ThresholdForms
    {
        /// <summary>κ_crit = L^L (L−2)^{L−2} / (2(L−1))^{2(L−1)}, so λ_crit(y) = κ_crit · y^{2(L−1)}.</summary>
        public static BigRational CriticalConstant(int depth) =>
            new BigRational(
                BigInteger.Pow(depth, depth) * BigInteger.Pow(depth - 2, depth - 2),
                BigInteger.Pow(2 * (depth - 1), 2 * (depth - 1)));

        /// <summary>κ_glob = (L−2)^{L−2} / (L−1)^{2(L−1)}, so λ_glob(y) = κ_glob · y^{2(L−1)}.</summary>
        public static BigRational GlobalConstant(int depth) =>
            new BigRational(
                BigInteger.Pow(depth - 2, depth - 2),
                BigInteger.Pow(depth - 1, 2 * (depth - 1)));
    }
}
