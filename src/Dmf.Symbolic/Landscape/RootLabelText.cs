namespace Dmf.Symbolic.Landscape
{
    /// <summary>Text forms of <see cref="RootLabel"/>.</summary>
    public static class RootLabelText
    {
        /// <summary>ASCII symbol: "x+", "x-", "x*" (L = 2's root is "x+", as in docs/theory.md).</summary>
        public static string ToSymbol(this RootLabel label) => label switch
        {
            RootLabel.LargeRoot => "x+",
            RootLabel.SmallRoot => "x-",
            RootLabel.DoubleRoot => "x*",
            RootLabel.SoftThresholdRoot => "x+",
            _ => throw new System.ArgumentOutOfRangeException(nameof(label), label, "Unknown root label."),
        };
    }
}
