namespace Dmf.Symbolic.Expressions
{
    /// <summary>What a matrix symbol stands for; decides what differentiation and printing do with it.</summary>
    public enum SymbolRole
    {
        /// <summary>A variable being differentiated (the layers W_l).</summary>
        Parameter,

        /// <summary>Constant data (Y).</summary>
        Data,

        /// <summary>A direction of a directional derivative (Δ_l, V_l); constant under differentiation.</summary>
        Direction,
    }
}
