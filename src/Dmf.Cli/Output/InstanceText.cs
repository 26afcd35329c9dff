using Dmf.Verify.Instance;

namespace Dmf.Cli.Output;

/// <summary>
/// An instance's widths, λ_l and Π λ_l as the human-readable reports print them: every value — in lists longer than
/// <see cref="MaxListed"/> a run of four or more equal values is written once with its count ("0.5 (x1000)", so depth 1000 is one line, not a page),
/// and a product longer than <see cref="MaxExactProduct"/> characters is given to 7 digits (the λ_l, printed exactly,
/// define it).
/// </summary>
internal static class InstanceText
{
    /// <summary>Longest list printed value by value; longer lists write runs of four or more once with their count.</summary>
    public const int MaxListed = 12;

    /// <summary>Longest Π λ_l printed exactly in the text reports.</summary>
    public const int MaxExactProduct = 60;

    /// <summary>"2,2,2,2" or "2 (x1001)".</summary>
    public static string Widths(DmfInstance instance) => Runs(instance.Widths.Select(w => w.ToString(CultureInfo.InvariantCulture)).ToList(), ",");

    /// <summary>"0.5, 0.8, 1.2" or "0.5 (x1000)".</summary>
    public static string Lambdas(DmfInstance instance) => Runs(instance.Lambdas.Select(l => l.ToExactString()).ToList(), ", ");

    /// <summary>Π λ_l exactly, or to 7 digits with the length of its exact decimal when that is longer than <see cref="MaxExactProduct"/>.</summary>
    public static string Product(DmfInstance instance)
    {
        BigRational product = instance.Landscape.LambdaProduct;
        string exact = product.ToExactString();
        return exact.Length <= MaxExactProduct ? exact : Invariant($"{product.ToDouble():0.######E+0} to 7 digits, a {exact.Length}-character decimal exactly");
    }

    private static string Runs(IReadOnlyList<string> values, string separator)
    {
        if (values.Count <= MaxListed)
        {
            return string.Join(separator, values);
        }

        var parts = new List<string>();
        for (int i = 0; i < values.Count;)
        {
            int j = i;
            while (j < values.Count && values[j] == values[i])
            {
                j++;
            }

            if (j - i >= 4)
            {
                parts.Add(Invariant($"{values[i]} (x{j - i})"));
            }
            else
            {
                parts.AddRange(values.Skip(i).Take(j - i));
            }

            i = j;
        }

        return string.Join(separator, parts);
    }
}
