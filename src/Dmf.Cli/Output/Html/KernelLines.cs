using Dmf.Emission;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Printing;

namespace Dmf.Cli.Output.Html;

/// <summary>
/// Where the generated kernels compute each derived quantity, from the emitter's source map (<see cref="KernelSourceMap"/>):
/// a layer's gradient is the block of layer l, F the return of <c>Loss</c>, E the subtraction of Y, a product W_{j:i}
/// the operation that forms it — nothing is parsed back out of the source.
/// </summary>
internal sealed class KernelLines
{
    private readonly int _depth;
    private readonly KernelSourceMap _map;

    /// <summary>The kernels generated for depth <paramref name="depth"/>.</summary>
    public KernelLines(int depth, GeneratedKernels kernels)
    {
        _depth = depth;
        _map = kernels.Map;
        Lines = kernels.Source.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
    }

    /// <summary>The source's lines.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The 1-based line that computes what <paramref name="equation"/> defines, or null if no kernel line does.</summary>
    public int? LineOf(Equation equation) => equation.Quantity switch
    {
        DerivedQuantity.Objective => _map.ReturnOf("Loss"),
        DerivedQuantity.Gradient => _map.LayerOf("LossAndGradient", equation.Layer),
        DerivedQuantity.HessianVectorProduct => _map.LayerOf("HessianVectorProduct", equation.Layer),
        DerivedQuantity.FirstDifferential => _map.SignatureOf("LossAndGradient"),
        DerivedQuantity.ProductDifferential => ProductDifferential(),
        DerivedQuantity.SecondDifferential or DerivedQuantity.BilinearForm => _map.SignatureOf("HessianVectorProduct"),
        _ => equation.Left is NamedMatrix named ? Abbreviation(named) : null,
    };

    // E is complete where Y is subtracted; D_V where d(W_{L:1})[V] is; a product W_{j:i} where it is formed, or, where
    // back-propagation never forms it alone, where it is first applied (W_{4:2}^T*E).
    private int? Abbreviation(NamedMatrix named)
    {
        string name = ExpressionPrinter.Ascii.Name(named.Name);
        return name switch
        {
            "E" => _map.FirstOperation("LossAndGradient", provenance => provenance == "Y"),
            "D_V" => ProductDifferential(),
            _ => _map.FirstOperation("LossAndGradient", provenance => provenance == name)
                 ?? _map.FirstOperation("LossAndGradient", provenance => provenance.Contains(name, System.StringComparison.Ordinal)),
        };
    }

    // d(W_{L:1})[V]: where the Hessian-vector product forms D_V (D along V).
    private int? ProductDifferential()
    {
        string prefix = "d(W_{" + _depth.ToString(CultureInfo.InvariantCulture) + ":1})[V]";
        return _map.FirstOperation("HessianVectorProduct", provenance => provenance.StartsWith(prefix, System.StringComparison.Ordinal));
    }
}
