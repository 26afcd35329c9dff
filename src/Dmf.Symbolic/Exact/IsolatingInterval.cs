namespace Dmf.Symbolic.Exact
{
    /// <summary>
    /// An interval with rational endpoints that contains exactly one root of a polynomial.
    /// Either a single point [r, r] (the root is the rational r) or an open interval (a, b), a &lt; b,
    /// whose endpoints are not roots.
    /// </summary>
    public readonly record struct IsolatingInterval(BigRational Lower, BigRational Upper)
    {
        /// <summary>True when the interval is the single rational point [r, r].</summary>
        public bool IsPoint => Lower == Upper;

        /// <summary>Upper − Lower.</summary>
        public BigRational Width => Upper - Lower;

        /// <summary>Exact text: "(a, b)" for an open interval, "[r, r]" for a point.</summary>
        public override string ToString() => IsPoint ? $"[{Lower}, {Upper}]" : $"({Lower}, {Upper})";
    }
}
