namespace Dmf.Symbolic.Expressions
{
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
