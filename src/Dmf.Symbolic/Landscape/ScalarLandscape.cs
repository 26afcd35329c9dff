namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// The exact scalar facts of docs/theory.md §2.1 for depth L ≥ 2 and λ = Π λ_l &gt; 0: the positive roots of
    /// f(x; y) = x^{2L−1} − √λ·y·x^{L−1} + λx, the thresholds y_crit and y_glob, and exact comparisons of y
    /// with them. Roots are found through the rational polynomial R(x) = (x^{2L−2} + λ)² − λy²x^{2L−4},
    /// whose positive roots are exactly those of f: in t = x² it has four terms, so it has at most two
    /// positive roots, and x_* (x_*^{2L−2} = (L−2)λ/L) separates them. Immutable and thread-safe.
    /// </summary>
    public sealed class ScalarLandscape
    {
        private readonly Lazy<AlgebraicNumber> _criticalThreshold;
        private readonly Lazy<AlgebraicNumber> _globalThreshold;
        private readonly Lazy<AlgebraicNumber?> _inflectionPoint;
        private readonly Lazy<AlgebraicNumber> _squareRootOfLambda;
        private readonly BigRational _criticalConstant;
        private readonly BigRational _globalConstant;
        private readonly Lazy<MultivariatePolynomial> _criticalLambda;
        private readonly Lazy<MultivariatePolynomial> _globalLambda;
        private readonly Lazy<MultivariatePolynomial[]> _psiParts;

        private ScalarLandscape(int depth, BigRational lambdaProduct)
        {
            Depth = depth;
            LambdaProduct = lambdaProduct;
            _criticalConstant = ThresholdForms.CriticalConstant(depth);
            _globalConstant = ThresholdForms.GlobalConstant(depth);
            _criticalLambda = new Lazy<MultivariatePolynomial>(() => ScalarTheory.CriticalLambda(depth));
            _globalLambda = new Lazy<MultivariatePolynomial>(() => ScalarTheory.GlobalLambda(depth));
            _psiParts = new Lazy<MultivariatePolynomial[]>(() =>
            {
                var n = ScalarTheory.RootNumerator(depth);
                var d = ScalarTheory.RootDenominator(depth);
                return new[] { n, d, n.Derivative(ScalarTheory.X), d.Derivative(ScalarTheory.X) };
            });
            int power = 2 * depth - 2;
            _criticalThreshold = new Lazy<AlgebraicNumber>(() => PositiveRoot.OfBinomial(power, lambdaProduct / _criticalConstant));
            _globalThreshold = new Lazy<AlgebraicNumber>(() => PositiveRoot.OfBinomial(power, lambdaProduct / _globalConstant));
            _squareRootOfLambda = new Lazy<AlgebraicNumber>(() => PositiveRoot.OfBinomial(2, lambdaProduct));
            _inflectionPoint = new Lazy<AlgebraicNumber?>(() =>
                depth == 2 ? null : PositiveRoot.OfBinomial(power, new BigRational(depth - 2, depth) * lambdaProduct));
        }

        /// <summary>The depth L.</summary>
        public int Depth { get; }

        /// <summary>λ = Π_l λ_l.</summary>
        public BigRational LambdaProduct { get; }

        /// <summary>y_crit: f(·; y) has a positive root iff y ≥ y_crit (a double root x_* at equality, L ≥ 3). √λ for L = 2.</summary>
        public AlgebraicNumber CriticalThreshold => _criticalThreshold.Value;

        /// <summary>y_glob: x₊ has lower balanced loss than 0 iff y &gt; y_glob. Equal to y_crit = √λ for L = 2.</summary>
        public AlgebraicNumber GlobalThreshold => _globalThreshold.Value;

        /// <summary>√λ, exactly (the factor f, g and the loss at a critical point carry).</summary>
        public AlgebraicNumber SquareRootOfLambda => _squareRootOfLambda.Value;

        /// <summary>x_* = ((L−2)λ/L)^{1/(2L−2)}, the minimizer of ψ and the double root at y = y_crit; null for L = 2.</summary>
        public AlgebraicNumber? InflectionPoint => _inflectionPoint.Value;

        /// <summary>
        /// The landscape for depth L and λ = Π λ_l. Throws <see cref="ArgumentOutOfRangeException"/> when
        /// L &lt; 2 or λ ≤ 0.
        /// </summary>
        public static ScalarLandscape Create(int depth, BigRational lambdaProduct)
        {
            if (depth < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth L must be at least 2.");
            }

            if (lambdaProduct.Sign <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lambdaProduct), lambdaProduct.ToString(), "λ must be positive.");
            }

            return new ScalarLandscape(depth, lambdaProduct);
        }

        /// <summary>The landscape for per-layer regularizations λ_1..λ_L (L = their count, λ = their product).</summary>
        public static ScalarLandscape FromLayerRegularizations(IReadOnlyList<BigRational> lambdas)
        {
            if (lambdas is null)
            {
                throw new ArgumentNullException(nameof(lambdas));
            }

            var product = BigRational.One;
            for (int l = 0; l < lambdas.Count; l++)
            {
                if (lambdas[l].Sign <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(lambdas), lambdas[l].ToString(), Invariant($"λ_{l + 1} must be positive."));
                }

                product *= lambdas[l];
            }

            return Create(lambdas.Count, product);
        }

        /// <summary>λ_crit(y) = L^L (L−2)^{L−2} y^{2(L−1)} / (2(L−1))^{2(L−1)} (<see cref="ScalarTheory.CriticalLambda"/>): y &gt; y_crit ⇔ λ &lt; λ_crit(y).</summary>
        public BigRational CriticalLambda(BigRational y) => AtY(_criticalLambda.Value, y);

        /// <summary>λ_glob(y) = (L−2)^{L−2} y^{2(L−1)} / (L−1)^{2(L−1)} (<see cref="ScalarTheory.GlobalLambda"/>): y &gt; y_glob ⇔ λ &lt; λ_glob(y).</summary>
        public BigRational GlobalLambda(BigRational y) => AtY(_globalLambda.Value, y);

        // A form in y alone (x, s, λ absent), evaluated exactly.
        private static BigRational AtY(MultivariatePolynomial form, BigRational y) =>
            form.Evaluate(new[] { BigRational.Zero, y, BigRational.Zero, BigRational.Zero });

        /// <summary>N, D and their x-derivatives (ψ = N/(s·D) at y = 1), built once for the root finder's Newton estimates.</summary>
        internal IReadOnlyList<MultivariatePolynomial> PsiParts => _psiParts.Value;

        /// <summary>How y ≥ 0 compares with y_crit, exactly.</summary>
        public ThresholdRelation CompareToCritical(BigRational y) => Relation(CriticalLambda(RequireNonnegative(y)));

        /// <summary>How y ≥ 0 compares with y_glob, exactly.</summary>
        public ThresholdRelation CompareToGlobal(BigRational y) => Relation(GlobalLambda(RequireNonnegative(y)));

        /// <summary>R(x) = (x^{2L−2} + λ)² − λy²x^{2L−4}: its positive roots are exactly those of f(·; y).</summary>
        public Polynomial RootPolynomial(BigRational y) =>
            ScalarTheory.AtInstance(ScalarTheory.RootPolynomial(Depth), y, LambdaProduct).ToUnivariate(ScalarTheory.X);

        /// <summary>
        /// The positive roots of f(·; y) in increasing order, labeled, with y's relation to both thresholds.
        /// Throws <see cref="ArgumentOutOfRangeException"/> for y &lt; 0.
        /// </summary>
        public ScalarRootSet Roots(BigRational y)
        {
            var relationToCritical = CompareToCritical(y);
            var relationToGlobal = CompareToGlobal(y);
            var roots = new List<ScalarRoot>(2);
            if (Depth == 2)
            {
                if (relationToCritical == ThresholdRelation.Above)
                {
                    var r = RootPolynomial(y);
                    roots.Add(new ScalarRoot(RootLabel.SoftThresholdRoot, BalancedRootFinder.Isolate(this, y, r, BigRational.Zero, UpperBracket(r, BigRational.One), fromBelow: false)));
                }
            }
            else if (relationToCritical == ThresholdRelation.Equal)
            {
                roots.Add(new ScalarRoot(RootLabel.DoubleRoot, InflectionPoint!));
            }
            else if (relationToCritical == ThresholdRelation.Above)
            {
                var r = RootPolynomial(y);
                var separator = Separator(r);
                roots.Add(new ScalarRoot(RootLabel.SmallRoot, BalancedRootFinder.Isolate(this, y, r, BigRational.Zero, separator, fromBelow: true)));
                roots.Add(new ScalarRoot(RootLabel.LargeRoot, BalancedRootFinder.Isolate(this, y, r, separator, UpperBracket(r, separator), fromBelow: false)));
            }

            return new ScalarRootSet(y, relationToCritical, relationToGlobal, roots);
        }

        /// <summary>A rational c with R(c) &lt; 0, i.e. x₋ &lt; c &lt; x₊: an approximation of x_*, refined until it qualifies.</summary>
        private BigRational Separator(Polynomial r)
        {
            var star = InflectionPoint!;
            while (true)
            {
                if (star.TryGetRational(out var exact))
                {
                    return exact;
                }

                var interval = star.Interval;
                var middle = BigRational.Midpoint(interval.Lower, interval.Upper);
                if (r.SignAt(middle) < 0)
                {
                    return middle;
                }

                star = star.Refine(interval.Width / 4);
            }
        }

        /// <summary>A rational U ≥ 2·start with R(U) &gt; 0, beyond the largest positive root.</summary>
        private static BigRational UpperBracket(Polynomial r, BigRational start)
        {
            var upper = start * 2;
            while (r.SignAt(upper) <= 0)
            {
                upper *= 2;
            }

            return upper;
        }

        private ThresholdRelation Relation(BigRational lambdaThreshold)
        {
            int comparison = LambdaProduct.CompareTo(lambdaThreshold);
            return comparison < 0 ? ThresholdRelation.Above : comparison == 0 ? ThresholdRelation.Equal : ThresholdRelation.Below;
        }

        private static BigRational RequireNonnegative(BigRational y)
        {
            if (y.Sign < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(y), y.ToString(), "Singular values y must be nonnegative.");
            }

            return y;
        }
    }
}
