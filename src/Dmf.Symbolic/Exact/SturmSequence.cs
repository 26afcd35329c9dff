namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// The Sturm sequence p₀ = p, p₁ = p′, p_{k+1} = −rem(p_{k−1}, p_k) of the square-free part of a
    /// polynomial. The number of distinct real roots in (a, b] is V(a) − V(b), V counting sign changes.
    /// Exact but subject to coefficient growth for high degrees: the isolator uses Descartes' rule; this
    /// class serves exact counting and validation.
    /// </summary>
    public sealed class SturmSequence
    {
        private readonly Polynomial[] _sequence;

        private SturmSequence(Polynomial[] sequence) => _sequence = sequence;

        /// <summary>Builds the sequence for p's square-free part. Throws <see cref="ArgumentException"/> for the zero polynomial.</summary>
        public static SturmSequence Create(Polynomial polynomial)
        {
            if (polynomial is null)
            {
                throw new ArgumentNullException(nameof(polynomial));
            }

            if (polynomial.IsZero)
            {
                throw new ArgumentException("The zero polynomial has no Sturm sequence (every number is a root).", nameof(polynomial));
            }

            var sequence = new List<Polynomial> { polynomial.SquareFreePart() };
            if (!sequence[0].IsConstant)
            {
                sequence.Add(sequence[0].Derivative());
                while (!sequence[sequence.Count - 1].IsZero)
                {
                    var remainder = -(sequence[sequence.Count - 2] % sequence[sequence.Count - 1]);
                    if (remainder.IsZero)
                    {
                        break;
                    }

                    // Positive rescaling keeps every sign and tames coefficient growth.
                    sequence.Add(remainder * BigRational.Abs(remainder.LeadingCoefficient).Reciprocal());
                }
            }

            return new SturmSequence(sequence.ToArray());
        }

        /// <summary>The number of distinct real roots in the half-open interval (a, b]; 0 when b ≤ a.</summary>
        public int CountRoots(BigRational lower, BigRational upper) =>
            upper <= lower ? 0 : Math.Max(0, VariationsAt(lower) - VariationsAt(upper));

        /// <summary>The number of distinct real roots in the closed interval [a, b].</summary>
        public int CountRootsClosed(BigRational lower, BigRational upper)
        {
            if (upper < lower)
            {
                return 0;
            }

            int atLower = _sequence[0].SignAt(lower) == 0 ? 1 : 0;
            return CountRoots(lower, upper) + atLower;
        }

        /// <summary>The number of distinct real roots.</summary>
        public int CountAllRoots() => VariationsAtInfinity(negative: true) - VariationsAtInfinity(negative: false);

        private int VariationsAt(BigRational x) => DescartesRuleOfSigns.SignVariations(_sequence.Select(p => p.SignAt(x)));

        private int VariationsAtInfinity(bool negative) =>
            DescartesRuleOfSigns.SignVariations(_sequence.Select(p =>
                negative && (p.Degree & 1) == 1 ? -p.LeadingCoefficient.Sign : p.LeadingCoefficient.Sign));
    }
}
