namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>Ordinal string order in which runs of digits compare as numbers ("W_9" &lt; "W_10"). Deterministic, culture-free.</summary>
    internal sealed class NaturalOrder : IComparer<string>
    {
        /// <summary>The single instance.</summary>
        public static NaturalOrder Instance { get; } = new NaturalOrder();

        /// <inheritdoc/>
        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            int i = 0;
            int j = 0;
            while (i < x.Length && j < y.Length)
            {
                char a = x[i];
                char b = y[j];
                if (IsDigit(a) && IsDigit(b))
                {
                    // Compare the digit runs as numbers without allocating: skip leading zeros, then length, then digits.
                    while (i < x.Length - 1 && x[i] == '0' && IsDigit(x[i + 1]))
                    {
                        i++;
                    }

                    while (j < y.Length - 1 && y[j] == '0' && IsDigit(y[j + 1]))
                    {
                        j++;
                    }

                    int endI = i;
                    int endJ = j;
                    while (endI < x.Length && IsDigit(x[endI]))
                    {
                        endI++;
                    }

                    while (endJ < y.Length && IsDigit(y[endJ]))
                    {
                        endJ++;
                    }

                    int byLength = (endI - i).CompareTo(endJ - j);
                    if (byLength != 0)
                    {
                        return byLength;
                    }

                    int byDigits = string.CompareOrdinal(x, i, y, j, endI - i);
                    if (byDigits != 0)
                    {
                        return byDigits;
                    }

                    i = endI;
                    j = endJ;
                    continue;
                }

                if (a != b)
                {
                    return a.CompareTo(b);
                }

                i++;
                j++;
            }

            return (x.Length - i).CompareTo(y.Length - j);
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
