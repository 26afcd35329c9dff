using System.Globalization;
using Dmf.Emission.Lowering;
using Dmf.Symbolic.Expressions;
using Dmf.Symbolic.Expressions.Calculus;
using Dmf.Symbolic.Expressions.Simplification;
using Dmf.Symbolic.Landscape;

namespace Dmf.Emission
{
    internal sealed partial class KernelEmitter
    {
        private string Scalar(ScalarValue e, int[]? widths) => e switch
        {
            ConstantValue c => Literal(c.Value),
            LambdaValue l => Invariant($"lambda[{l.Layer - 1}]"),
            SumValue sum => string.Join(" + ", sum.Terms.Select(t => Scalar(t, widths))),
            ProductValue product => string.Join(" * ", product.Factors.Select(f => f is SumValue ? "(" + Scalar(f, widths) + ")" : Scalar(f, widths))),
            DotValue dot => Dot(dot.Left, dot.Right, widths),
            _ => throw new NotSupportedException($"Cannot emit the scalar {e.GetType().Name}."),
        };

        private string Dot(Operand a, Operand b, int[]? widths)
        {
            if (widths != null)
            {
                int size = widths[a.Buffer.Rows] * widths[a.Buffer.Columns];
                if (size <= UnrollLimit)
                {
                    return TreeSum(Enumerable.Range(0, size).Select(k => Invariant($"({Name(a.Buffer)}[{k}] * {Name(b.Buffer)}[{k}])")).ToList());
                }
            }

            return $"{Kernels}.DenseKernels.Dot({Name(a.Buffer)}, {Name(b.Buffer)})";
        }

        private void EmitScalarKernels(SourceWriter w, int depth)
        {
            // Printed from Dmf.Symbolic's ScalarTheory (the one definition the exact verification and the root finder use).
            w.Line($"/// <summary>f(x; y) = {ScalarText.Of(ScalarTheory.F(depth))} (docs/theory.md section 2); lambda = prod_l lambda_l.</summary>");
            w.Open($"public static {_p.Type} ScalarF({_p.Type} x, {_p.Type} y, {_p.Type} lambda)");
            w.Line($"return {ScalarPolynomial(w, ScalarTheory.F(depth), "x")};");
            w.Close();
            w.Line();
            w.Line($"/// <summary>f'(x; y) = {ScalarText.Of(ScalarTheory.FDerivative(depth))}.</summary>");
            w.Open($"public static {_p.Type} ScalarFDerivative({_p.Type} x, {_p.Type} y, {_p.Type} lambda)");
            w.Line($"return {ScalarPolynomial(w, ScalarTheory.FDerivative(depth), "x")};");
            w.Close();
            w.Line();
            w.Line(Invariant($"/// <summary>g(s) = (s^{depth}/sqrt(lambda) - y)^2 + {depth}*s^2: the loss along the balanced curve; g' = (2L/lambda)*f(s; y).</summary>"));
            w.Open($"public static {_p.Type} BalancedLoss({_p.Type} s, {_p.Type} y, {_p.Type} lambda)");
            w.Line($"return ({ScalarPolynomial(w, ScalarTheory.ScaledSlotLoss(depth), "s")}) / lambda;");
            w.Close();
        }

        /// <summary>
        /// A polynomial of <see cref="ScalarTheory"/> as a C# expression: x named <paramref name="x"/>, y and lambda the
        /// parameters, s = sqrt(lambda) a local declared when needed; powers of x by repeated squaring.
        /// </summary>
        private string ScalarPolynomial(SourceWriter w, Dmf.Symbolic.Exact.MultivariatePolynomial p, string x)
        {
            var terms = ScalarTheory.WithSquareRootReduced(p).Terms.ToList();
            var power = Powers(w, x, terms.Select(t => t.Exponents[ScalarTheory.X]).Where(e => e > 1).Distinct().ToArray());
            if (terms.Any(t => t.Exponents[ScalarTheory.S] > 0))
            {
                w.Line($"{_p.Type} sqrtLambda = {_p.Math}.Sqrt(lambda);");
            }

            string Factor(string name, int exponent) => string.Join(" * ", Enumerable.Repeat(name, exponent));
            var ordered = terms.OrderByDescending(t => t.Exponents[ScalarTheory.X]).ThenBy(t => t.Exponents[ScalarTheory.S]).ThenBy(t => t.Exponents[ScalarTheory.Y]).ToList();
            var printed = ordered.Select((t, index) =>
            {
                var magnitude = t.Coefficient.Sign < 0 ? -t.Coefficient : t.Coefficient;
                var factors = new List<string>();
                if (magnitude != Dmf.Symbolic.Exact.BigRational.One)
                {
                    factors.Add(Literal(magnitude.ToDouble()));
                }

                int ex = t.Exponents[ScalarTheory.X];
                factors.AddRange(new[] { Factor("y", t.Exponents[ScalarTheory.Y]), Factor("sqrtLambda", t.Exponents[ScalarTheory.S]), Factor("lambda", t.Exponents[ScalarTheory.Lambda]) }.Where(f => f.Length > 0));
                if (ex > 0)
                {
                    factors.Add(ex == 1 ? x : power(ex));
                }

                string body = factors.Count == 0 ? Literal(1.0) : factors.Count == 1 ? factors[0] : "(" + string.Join(" * ", factors) + ")";
                return (index == 0 ? (t.Coefficient.Sign < 0 ? "-" : string.Empty) : (t.Coefficient.Sign < 0 ? " - " : " + ")) + body;
            });
            return string.Concat(printed);
        }

        /// <summary>
        /// Straight-line powers by repeated squaring: declares exactly the squares and products the exponents need,
        /// and returns the expression for each exponent ("1.0" for 0, the variable itself for 1).
        /// </summary>
        private Func<int, string> Powers(SourceWriter w, string name, int[] exponents)
        {
            string Square(int p) => p == 1 ? name : name + p.ToString(CultureInfo.InvariantCulture);
            int highestBit = 0;
            foreach (int e in exponents)
            {
                for (int bit = 1; bit <= e; bit <<= 1)
                {
                    if ((e & bit) != 0)
                    {
                        highestBit = Math.Max(highestBit, bit);
                    }
                }
            }

            for (int p = 2; p <= highestBit; p *= 2)
            {
                w.Line($"{_p.Type} {Square(p)} = {Square(p / 2)} * {Square(p / 2)};");
            }

            var declared = new HashSet<int>();
            foreach (int e in exponents.Where(e => e > 0 && (e & (e - 1)) != 0).Distinct().OrderBy(e => e))
            {
                var parts = new List<string>();
                for (int bit = 1; bit <= e; bit <<= 1)
                {
                    if ((e & bit) != 0)
                    {
                        parts.Add(Square(bit));
                    }
                }

                w.Line($"{_p.Type} {name}{e.ToString(CultureInfo.InvariantCulture)} = {string.Join(" * ", parts)};");
                declared.Add(e);
            }

            return e => e == 0 ? Literal(1.0) : declared.Contains(e) ? name + e.ToString(CultureInfo.InvariantCulture) : Square(e);
        }
    }
}
