namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// All real roots of a rational polynomial, exactly: Yun's square-free decomposition splits p into
    /// coprime square-free factors by multiplicity, and each factor's roots are isolated by Descartes
    /// bisection (Vincent–Collins–Akritas) in integer arithmetic. No floating point is used.
    /// </summary>
    public static class RealRootIsolation
    {
        /// <summary>
        /// The distinct real roots of <paramref name="polynomial"/> in increasing order, each with an isolating
        /// interval with rational endpoints and its multiplicity. Each interval is a rational point or an open
        /// interval holding exactly one root of the polynomial, with endpoints that are not roots of it. Throws <see cref="ArgumentException"/> for the
        /// zero polynomial (every real number is a root).
        /// </summary>
        public static IReadOnlyList<RealRoot> Isolate(Polynomial polynomial)
        {
            if (polynomial is null)
            {
                throw new ArgumentNullException(nameof(polynomial));
            }

            if (polynomial.IsZero)
            {
                throw new ArgumentException("Every real number is a root of the zero polynomial.", nameof(polynomial));
            }

            var roots = new List<RealRoot>();
            foreach (var (factor, multiplicity) in polynomial.SquareFreeDecomposition())
            {
                foreach (var interval in DescartesIsolator.Isolate(factor))
                {
                    var root = AlgebraicNumber.FromIsolatingInterval(factor, interval.Lower, interval.Upper);
                    roots.Add(new RealRoot(root.WithEndpointsAvoidingRootsOf(polynomial), multiplicity));
                }
            }

            // Factors are coprime, so no two roots are equal and the exact comparison terminates.
            roots.Sort((a, b) => a.Value.CompareTo(b.Value));
            return roots;
        }

        /// <summary>
        /// The distinct real roots of a polynomial already known to be square-free, skipping the
        /// decomposition (cheaper for large sparse inputs). The caller guarantees square-freeness.
        /// </summary>
        public static IReadOnlyList<AlgebraicNumber> IsolateSquareFree(Polynomial squareFree)
        {
            if (squareFree is null)
            {
                throw new ArgumentNullException(nameof(squareFree));
            }

            if (squareFree.IsZero)
            {
                throw new ArgumentException("Every real number is a root of the zero polynomial.", nameof(squareFree));
            }

            var roots = new List<AlgebraicNumber>();
            foreach (var interval in DescartesIsolator.Isolate(squareFree))
            {
                roots.Add(AlgebraicNumber.FromIsolatingInterval(squareFree, interval.Lower, interval.Upper));
            }

            return roots;
        }
    }
}
