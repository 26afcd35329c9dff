namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// The scalar landscape at an algebraic singular value y (a root of its square-free polynomial m), exactly
    /// (docs/theory.md §2.1). The threshold relations are signs at y: y &gt; y_crit ⇔ λ_crit(y) − λ &gt; 0, a polynomial in y.
    /// The roots: f(x; y)/x = 0 ⇔ ψ(x)² = y² with ψ(x)² = ν(x) = A(x)/(λ·B(x)), A = (x^{2L−2} + λ)², B = x^{2L−4}. With
    /// n(t) = E(t)² − t·O(t)² (m(t) = E(t²) + t·O(t²)), whose roots are the squares β² of m's roots β, every positive root of
    /// P(x) = Σ_k n_k·A^k·(λB)^{d−k} (d = deg n) has ν(x) = β² for a real root β of m. ν is strictly monotone on each side
    /// of x_* (decreasing below, increasing above; increasing everywhere for L = 2), so on each side the roots of P, in
    /// order, belong to the distinct squares above the critical one, in the matching order: y's roots are found by their
    /// rank, decided exactly — no numerics.
    /// </summary>
    internal static class AlgebraicValueRoots
    {
        /// <summary>How y ≥ 0 compares with y_crit, exactly.</summary>
        public static ThresholdRelation CompareToCritical(ScalarLandscape landscape, AlgebraicNumber y) =>
            Relation(landscape, y, ThresholdForms.CriticalConstant(Require(landscape).Depth));

        /// <summary>How y ≥ 0 compares with y_glob, exactly.</summary>
        public static ThresholdRelation CompareToGlobal(ScalarLandscape landscape, AlgebraicNumber y) =>
            Relation(landscape, y, ThresholdForms.GlobalConstant(Require(landscape).Depth));

        /// <summary>The positive roots of f(·; y), labeled; a rational y takes <see cref="ScalarLandscape.Roots"/>.</summary>
        public static AlgebraicValueRootSet Roots(ScalarLandscape landscape, AlgebraicNumber y)
        {
            Require(landscape);
            if (y is null)
            {
                throw new ArgumentNullException(nameof(y));
            }

            if (y.Sign < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(y), y.ToString(), "Singular values y must be nonnegative.");
            }

            if (y.TryGetRational(out var rational))
            {
                var set = landscape.Roots(rational);
                return new AlgebraicValueRootSet(y, set.RelationToCritical, set.RelationToGlobal, set.PositiveRoots);
            }

            var critical = CompareToCritical(landscape, y);
            var global = CompareToGlobal(landscape, y);
            int depth = landscape.Depth;
            var roots = new List<ScalarRoot>(2);
            if (depth >= 3 && critical == ThresholdRelation.Equal)
            {
                roots.Add(new ScalarRoot(RootLabel.DoubleRoot, landscape.InflectionPoint!));
            }
            else if (critical == ThresholdRelation.Above)
            {
                // The distinct |β| of m's real roots β above the critical value, ascending, and y's rank among them; the
                // positive roots of P — both shared by every value with the same m (ResultantRoots).
                var table = ResultantRoots.For(landscape, y.DefiningPolynomial);
                var distinct = table.DistinctAboveCritical;
                int rank = -1;
                for (int i = 0; i < distinct.Count && rank < 0; i++)
                {
                    rank = distinct[i].CompareTo(y) == 0 ? i : -1;
                }

                var positive = table.PositiveRoots;
                if (depth == 2)
                {
                    // ν = (x² + λ)²/λ increases: the k-th positive root belongs to the k-th square above λ.
                    roots.Add(new ScalarRoot(RootLabel.SoftThresholdRoot, Pick(positive, distinct.Count, rank)));
                }
                else
                {
                    var star = landscape.InflectionPoint!;
                    var below = positive.Where(x => x.CompareTo(star) < 0).ToList();
                    var over = positive.Where(x => x.CompareTo(star) > 0).ToList();
                    roots.Add(new ScalarRoot(RootLabel.SmallRoot, Pick(below, distinct.Count, distinct.Count - 1 - rank)));
                    roots.Add(new ScalarRoot(RootLabel.LargeRoot, Pick(over, distinct.Count, rank)));
                }
            }

            return new AlgebraicValueRootSet(y, critical, global, roots);
        }

        /// <summary>
        /// P(x) = Σ_k n_k·A(x)^k·(λ·B(x))^{d−k}: the resultant in y of f(x; y)/x·(its conjugate in √λ) = A − λ·y²·B and m(y),
        /// up to a constant. Its positive roots are the positive roots of f(·; β) for the real roots β of m.
        /// </summary>
        public static Polynomial RootResultant(ScalarLandscape landscape, Polynomial m)
        {
            Require(landscape);
            if (m is null)
            {
                throw new ArgumentNullException(nameof(m));
            }

            var squares = SquaresPolynomial(m);
            int depth = landscape.Depth;
            var lambda = landscape.LambdaProduct;
            var a = Polynomial.Pow(Polynomial.Monomial(BigRational.One, 2 * depth - 2) + Polynomial.Constant(lambda), 2);
            var b = Polynomial.Monomial(lambda, 2 * depth - 4);
            int d = squares.Degree;
            var result = Polynomial.Zero;
            for (int k = 0; k <= d; k++)
            {
                if (!squares[k].IsZero)
                {
                    result += squares[k] * Polynomial.Pow(a, k) * Polynomial.Pow(b, d - k);
                }
            }

            return result;
        }

        /// <summary>n(t) = E(t)² − t·O(t)² for m(t) = E(t²) + t·O(t²): its roots are the squares of m's roots (Graeffe).</summary>
        internal static Polynomial SquaresPolynomial(Polynomial m)
        {
            var even = Polynomial.Zero;
            var odd = Polynomial.Zero;
            foreach (var term in m.Terms)
            {
                if (term.Exponent % 2 == 0)
                {
                    even += Polynomial.Monomial(term.Coefficient, term.Exponent / 2);
                }
                else
                {
                    odd += Polynomial.Monomial(term.Coefficient, term.Exponent / 2);
                }
            }

            return (even * even) - (Polynomial.X * odd * odd);
        }

        private static AlgebraicNumber Pick(IReadOnlyList<AlgebraicNumber> roots, int expected, int index)
        {
            if (roots.Count != expected || index < 0 || index >= roots.Count)
            {
                throw new InvalidOperationException(FormattableString.Invariant($"The root resultant has {roots.Count} roots on one side of x*, {expected} were expected: a bug."));
            }

            return roots[index];
        }

        /// <summary>−b as an algebraic number (the root of m(−t) at the mirrored interval).</summary>
        internal static AlgebraicNumber Negate(AlgebraicNumber b)
        {
            var m = b.DefiningPolynomial.Compose(-Polynomial.X);
            var interval = b.Interval;
            return AlgebraicNumber.Create(m, -interval.Upper, -interval.Lower);
        }

        private static ThresholdRelation Relation(ScalarLandscape landscape, AlgebraicNumber y, BigRational constant)
        {
            if (y is null)
            {
                throw new ArgumentNullException(nameof(y));
            }

            // y > threshold ⇔ λ < constant·y^{2L−2} ⇔ constant·y^{2L−2} − λ > 0.
            var form = Polynomial.Monomial(constant, (2 * landscape.Depth) - 2) - Polynomial.Constant(landscape.LambdaProduct);
            int sign = y.SignOf(form);
            return sign > 0 ? ThresholdRelation.Above : sign == 0 ? ThresholdRelation.Equal : ThresholdRelation.Below;
        }

        private static ScalarLandscape Require(ScalarLandscape landscape) => landscape ?? throw new ArgumentNullException(nameof(landscape));
    }
}
