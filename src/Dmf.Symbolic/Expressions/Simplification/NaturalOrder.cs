using System;
using System.Collections.Generic;

namespace Dmf.Symbolic.Expressions.Simplification
{
    /// <summary>Ordinal string order in which runs of digits compare as numbers ("W_9" &lt; "W_10"). Deterministic, culture-free.</summary>
    public sealed class NaturalOrder : IComparer<string>
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
                if (char.IsDigit(x[i]) && char.IsDigit(y[j]))
                {
                    int startI = i;
                    int startJ = j;
                    while (i < x.Length && char.IsDigit(x[i]))
                    {
                        i++;
                    }

                    while (j < y.Length && char.IsDigit(y[j]))
                    {
                        j++;
                    }

                    string a = x.Substring(startI, i - startI).TrimStart('0');
                    string b = y.Substring(startJ, j - startJ).TrimStart('0');
                    int byLength = a.Length.CompareTo(b.Length);
                    if (byLength != 0)
                    {
                        return byLength;
                    }

                    int byDigits = string.CompareOrdinal(a, b);
                    if (byDigits != 0)
                    {
                        return byDigits;
                    }

                    continue;
                }

                int byChar = x[i].CompareTo(y[j]);
                if (byChar != 0)
                {
                    return byChar;
                }

                i++;
                j++;
            }

            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
