using System.Globalization;

namespace Dmf.Symbolic.Expressions.Printing
{
    /// <summary>The fixed labels of derivation outputs in all notations.</summary>
    internal static class DerivationLabels
    {
        /// <summary>F.</summary>
        public static NotationText Objective { get; } = new NotationText("F", "F", "F");

        /// <summary>dF[Δ].</summary>
        public static NotationText Differential { get; } = new NotationText("dF[Delta]", "dF[Δ]", "\\mathrm{d}F[\\Delta]");

        /// <summary>d²F[Δ, Δ].</summary>
        public static NotationText SecondDifferential { get; } = new NotationText("d^2F[Delta, Delta]", "d²F[Δ, Δ]", "\\mathrm{d}^2F[\\Delta, \\Delta]");

        /// <summary>H[Δ, V].</summary>
        public static NotationText Bilinear { get; } = new NotationText("H[Delta, V]", "H[Δ, V]", "H[\\Delta, V]");

        /// <summary>∇_{W_l} F.</summary>
        public static NotationText Gradient(int layer) => new NotationText(
            $"grad_{{W_{Index(layer)}}} F",
            $"∇_{{W{Subscript(layer)}}}F",
            $"\\nabla_{{W_{{{Index(layer)}}}}} F");

        /// <summary>(HV)_l.</summary>
        public static NotationText HessianVector(int layer) => new NotationText(
            $"(HV)_{Index(layer)}",
            $"(HV){Subscript(layer)}",
            $"(HV)_{{{Index(layer)}}}");

        private static string Index(int layer) => layer.ToString(CultureInfo.InvariantCulture);

        private static string Subscript(int layer)
        {
            var digits = Index(layer).ToCharArray();
            for (int k = 0; k < digits.Length; k++)
            {
                digits[k] = (char)('₀' + (digits[k] - '0'));
            }

            return new string(digits);
        }
    }
}
