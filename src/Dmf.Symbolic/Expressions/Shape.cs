using System;

namespace Dmf.Symbolic.Expressions
{
    /// <summary>A symbolic matrix dimension such as d_0 or d_3.</summary>
    public sealed record Dimension(SymbolName Name)
    {
        /// <summary>The width d_index.</summary>
        public static Dimension Width(int index) => new Dimension(SymbolName.Indexed("d", index));

        /// <inheritdoc/>
        public override string ToString() => Name.ToString();
    }

    /// <summary>The symbolic shape rows × columns of a matrix expression.</summary>
    public sealed record Shape(Dimension Rows, Dimension Columns)
    {
        /// <summary>columns × rows.</summary>
        public Shape Transposed() => new Shape(Columns, Rows);

        /// <inheritdoc/>
        public override string ToString() => $"{Rows} x {Columns}";
    }

    /// <summary>Matrix expressions were combined with incompatible shapes. The message names both operands and shapes.</summary>
    public sealed class ShapeMismatchException : ArgumentException
    {
        /// <summary>Creates the exception with a one-line message.</summary>
        public ShapeMismatchException(string message)
            : base(message)
        {
        }
    }
}
