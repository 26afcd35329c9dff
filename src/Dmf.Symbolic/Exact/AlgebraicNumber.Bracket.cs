namespace Dmf.Symbolic.Exact
{
    public sealed partial class AlgebraicNumber
    {
        /// <summary>
        /// A working copy of the isolating interval that refinement loops mutate locally, so the
        /// public instance stays immutable. Invariant as in <see cref="AlgebraicNumber"/>.
        /// </summary>
        private struct Bracket
        {
            public BigRational Lower;
            public BigRational Upper;
            public int SignAtLower;

            public bool IsExact => Lower == Upper;

            public BigRational Width => Upper - Lower;

            /// <summary>Splits at a rational strictly inside; lands exactly on the root when p(m) = 0.</summary>
            public void SplitAt(Polynomial p, BigRational m)
            {
                int sign = p.SignAt(m);
                if (sign == 0)
                {
                    Lower = m;
                    Upper = m;
                    SignAtLower = 0;
                }
                else if (sign == SignAtLower)
                {
                    Lower = m;
                }
                else
                {
                    Upper = m;
                }
            }

            public void Bisect(Polynomial p) => SplitAt(p, BigRational.Midpoint(Lower, Upper));

            /// <summary>Exact comparison of the root with a rational r: −1, 0, +1 for root &lt;, =, &gt; r.</summary>
            public int CompareRootWith(Polynomial p, BigRational r)
            {
                if (IsExact)
                {
                    return Lower.CompareTo(r);
                }

                if (r <= Lower)
                {
                    return 1;
                }

                if (r >= Upper)
                {
                    return -1;
                }

                int sign = p.SignAt(r);
                return sign == 0 ? 0 : sign == SignAtLower ? 1 : -1;
            }
        }
    }
}
