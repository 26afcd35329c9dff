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

            /// <summary>
            /// Narrows the bracket to width ≤ <paramref name="maxWidth"/>: Newton steps from the midpoint, each confirmed by
            /// the signs of p at the ends of a small dyadic interval around the step (so the root stays bracketed exactly),
            /// and a bisection whenever a step does not at least halve the width. Near the simple root the correct bits
            /// double per step (four evaluations) instead of growing by one per evaluation.
            /// </summary>
            public void Narrow(Polynomial p, Polynomial derivative, BigRational maxWidth)
            {
                // After a step that does not halve the width (far from the root, or roots clustered), bisect a growing
                // number of times before trying Newton again, so a bad region costs little more than bisection alone.
                int failures = 0;
                while (!IsExact && Width > maxWidth)
                {
                    var before = Width;
                    NewtonStep(p, derivative, maxWidth);
                    if (IsExact || Width * 2 <= before)
                    {
                        failures = 0;
                        continue;
                    }

                    failures++;
                    for (int b = 0; b < (1 << Math.Min(failures, 6)) && !IsExact && Width > maxWidth; b++)
                    {
                        Bisect(p);
                    }
                }
            }

            private void NewtonStep(Polynomial p, Polynomial derivative, BigRational maxWidth)
            {
                var width = Width;
                var m = BigRational.Midpoint(Lower, Upper);

                // p(m) = Sp·hp/d^deg p and p′(m) = Sq·hq/d^(deg p − 1) in integers (m = n/d): the step fm/slope =
                // (Sp/Sq)·hp/(hq·d) is formed by one integer division to the bits needed, never as a reduced rational.
                var form = p.IntegerForm;
                var slopeForm = derivative.IntegerForm;
                var hp = form.HomogeneousValue(m.Numerator, m.Denominator);
                if (hp.IsZero)
                {
                    Lower = m;
                    Upper = m;
                    SignAtLower = 0;
                    return;
                }

                var hq = slopeForm.HomogeneousValue(m.Numerator, m.Denominator);
                if (hq.IsZero)
                {
                    return;
                }

                // The next width: Newton's error bound C·e² with C ~ |p″/2p′| ≤ about deg/|m| for the polynomial's scale,
                // at most an eighth of this width, and no finer than needed; its ends are dyadic with k bits, so the
                // numbers stay as small as the precision.
                var magnitude = BigRational.Abs(m) > width ? BigRational.Abs(m) : width;
                var target = width * width * (form.Degree + 1) / magnitude;
                if (target > width / 8)
                {
                    target = width / 8;
                }

                if (target < maxWidth / 4)
                {
                    target = maxWidth / 4;
                }

                long k = Math.Max(1L, BigRational.BitLength(target.Denominator) - BigRational.BitLength(BigInteger.Abs(target.Numerator)) + 3);
                var scale = BigInteger.One << (int)k;
                var ratio = form.Scale / slopeForm.Scale;
                var step = BigInteger.Divide(ratio.Numerator * hp * scale, ratio.Denominator * hq * m.Denominator);
                var center = BigInteger.Divide(m.Numerator * scale, m.Denominator) - step;

                // Integer divisions are within one unit of the exact values: the interval keeps two units of margin.
                var low = BigRational.Create(center - 2, scale);
                var high = BigRational.Create(center + 3, scale);
                if (high <= Lower || low >= Upper)
                {
                    return;
                }

                if (low > Lower)
                {
                    SplitAt(p, low);
                    if (IsExact || Upper <= low)
                    {
                        return;
                    }
                }

                if (high < Upper)
                {
                    SplitAt(p, high);
                }
            }

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
