using System;
using System.Collections.Generic;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>A fixed label written three ways (e.g. "grad_{W_1} F", "∇_{W₁}F", "\nabla_{W_{1}} F").</summary>
    public sealed record NotationText(string Ascii, string Unicode, string Latex)
    {
        /// <summary>The text in one notation.</summary>
        public string In(Notation notation) => notation switch
        {
            Notation.Ascii => Ascii,
            Notation.Unicode => Unicode,
            _ => Latex,
        };
    }

    /// <summary>Left = Right, each side an expression or a <see cref="NotationText"/>.</summary>
    public sealed record Equation(object Left, object Right)
    {
        /// <summary>Renders one side.</summary>
        public static string Render(object side, ExpressionPrinter printer) => side switch
        {
            MatrixExpression m => printer.Print(m),
            ScalarExpression s => printer.Print(s),
            NotationText t => t.In(printer.Notation),
            _ => throw new ArgumentException($"Cannot render {side.GetType().Name} in an equation."),
        };
    }

    /// <summary>One step of a derivation: what is done, why, and the equations it produces.</summary>
    public sealed record DerivationStep(Prose Title, Prose Explanation, IReadOnlyList<Equation> Equations);
}
