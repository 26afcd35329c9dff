using System.Collections.Generic;
using System.Text.RegularExpressions;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// Where the generated kernels compute each derived quantity, read off the provenance of <c>dmf generate</c>'s source:
/// the generator comments every operation with the expression it computes ("// layer l" opens the block of layer l,
/// "// W_{3:2}" a product, "// Y" the subtraction that completes E), inside the method that runs it.
/// </summary>
internal sealed class KernelLines
{
    private static readonly Regex Method = new(@"^    public static \S+ (?<name>\w+)\(", RegexOptions.CultureInvariant);
    private static readonly Regex Comment = new(@"^\s+// (?<text>.+)$", RegexOptions.CultureInvariant);

    private readonly Dictionary<(string Method, string Comment), int> _comments = new();
    private readonly Dictionary<string, int> _signatures = new();
    private readonly Dictionary<string, int> _returns = new();

    private readonly int _depth;

    /// <summary>Indexes <paramref name="source"/>, the file generated for depth <paramref name="depth"/>.</summary>
    public KernelLines(int depth, string source)
    {
        _depth = depth;
        Lines = source.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
        string? method = null;
        for (int k = 0; k < Lines.Count; k++)
        {
            var signature = Method.Match(Lines[k]);
            if (signature.Success)
            {
                method = signature.Groups["name"].Value;
                _signatures[method] = k + 1;
                continue;
            }

            if (method is null)
            {
                continue;
            }

            var comment = Comment.Match(Lines[k]);
            if (comment.Success)
            {
                _comments.TryAdd((method, comment.Groups["text"].Value), k + 1);
            }
            else if (Lines[k].TrimStart().StartsWith("return ", System.StringComparison.Ordinal))
            {
                _returns[method] = k + 1;
            }
        }
    }

    /// <summary>The source's lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The 1-based line that computes what <paramref name="equation"/> defines, or null if no kernel line does.</summary>
    public int? LineOf(Equation equation)
    {
        return equation.Quantity switch
        {
            DerivedQuantity.Objective => _returns.TryGetValue("Loss", out int line) ? line : null,
            DerivedQuantity.Gradient => Find("LossAndGradient", "layer " + equation.Layer.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DerivedQuantity.HessianVectorProduct => Find("HessianVectorProduct", "layer " + equation.Layer.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DerivedQuantity.FirstDifferential => _signatures.TryGetValue("LossAndGradient", out int gradient) ? gradient : null,
            DerivedQuantity.ProductDifferential => ProductDifferential(),
            DerivedQuantity.SecondDifferential or DerivedQuantity.BilinearForm => _signatures.TryGetValue("HessianVectorProduct", out int hv) ? hv : null,
            _ => equation.Left is NamedMatrix named ? Abbreviation(named) : null,
        };
    }

    // E is complete where Y is subtracted; D_V where d(W_{L:1})[V] is; a product W_{j:i} where it is formed, or, where
    // back-propagation never forms it alone, where it is first applied (W_{4:2}^T*E).
    private int? Abbreviation(NamedMatrix named)
    {
        string name = ExpressionPrinter.Ascii.Name(named.Name);
        return name switch
        {
            "E" => Find("LossAndGradient", "Y"),
            "D_V" => ProductDifferential(),
            _ => Find("LossAndGradient", name) ?? FindContaining("LossAndGradient", name),
        };
    }

    // d(W_{L:1})[V]: where the Hessian-vector product forms D_V (D along V).
    private int? ProductDifferential() =>
        FindPrefix("HessianVectorProduct", "d(W_{" + _depth.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":1})[V]");

    private int? Find(string method, string comment) => _comments.TryGetValue((method, comment), out int line) ? line : null;

    private int? FindPrefix(string method, string prefix) => First(method, comment => comment.StartsWith(prefix, System.StringComparison.Ordinal));

    private int? FindContaining(string method, string part) => First(method, comment => comment.Contains(part, System.StringComparison.Ordinal));

    private int? First(string method, System.Func<string, bool> matches)
    {
        int? best = null;
        foreach (var entry in _comments)
        {
            if (entry.Key.Method == method && matches(entry.Key.Comment) && (best is null || entry.Value < best))
            {
                best = entry.Value;
            }
        }

        return best;
    }
}
