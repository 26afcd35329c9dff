namespace Dmf.Verify.Landscape;

/// <summary>The class of a critical-point type and the rule that decided it, with the indices involved (0-based).</summary>
/// <param name="Class">The class.</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Indices">The indices of Y the rule is about (e.g. the small-root index, or j and k of N1).</param>
/// <param name="Reason">One readable sentence.</param>
public sealed record Classification(PointClass Class, ClassificationRule Rule, IReadOnlyList<int> Indices, string Reason)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(Classification? other) => other is not null && Class == other.Class && Rule == other.Rule && ValueLists.Equal(Indices, other.Indices) && Reason == other.Reason;

    /// <summary>A hash consistent with <see cref="Equals(Classification?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Class, Rule, ValueLists.Hash(Indices), Reason);

    /// <summary>True for local and global minimizers.</summary>
    public bool IsMinimizer => Class is PointClass.GlobalMinimizer or PointClass.LocalMinimizer;
}
