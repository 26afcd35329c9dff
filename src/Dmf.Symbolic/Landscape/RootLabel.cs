namespace Dmf.Symbolic.Landscape
{
    /// <summary>Which positive root of f(x; y) = x^{2L−1} − √λ·y·x^{L−1} + λx a root is (docs/theory.md §2.1).</summary>
    public enum RootLabel
    {
        /// <summary>x₊ (L ≥ 3): the larger root, x₊ &gt; x_*; a local minimum of the balanced loss g.</summary>
        LargeRoot,

        /// <summary>x₋ (L ≥ 3): the smaller root, 0 &lt; x₋ &lt; x_*; a local maximum of g.</summary>
        SmallRoot,

        /// <summary>x_* (L ≥ 3, y = y_crit): the double root, an inflection point of g.</summary>
        DoubleRoot,

        /// <summary>L = 2: the single positive root √(√λ(y − √λ)) (singular-value soft thresholding), written x₊.</summary>
        SoftThresholdRoot,
    }

}
