namespace Dmf.Verify.Analysis;

/// <summary>
/// d²F[Δ, Δ] along one direction at a worked point: by the generated kernels (ΔᵀHΔ) and expanded exactly by Dmf.Symbolic
/// at the realized entries. A class, not a record: it holds matrices, which compare by reference.
/// </summary>
/// <param name="name">"balanced scaling" or "swap".</param>
/// <param name="description">What Δ is.</param>
/// <param name="direction">Δ_1..Δ_L.</param>
/// <param name="byKernels">ΔᵀHΔ with H·Δ from the generated Hessian-vector product.</param>
/// <param name="exact">The derived form d²F[Δ, Δ] (<see cref="Hessian.CurvatureWitness"/>) evaluated exactly at the realized entries, then rounded.</param>
internal sealed class WorkedCurvature(string name, string description, IReadOnlyList<double[,]> direction, double byKernels, double exact)
{
    /// <summary>"balanced scaling" or "swap".</summary>
    public string Name { get; } = name;

    /// <summary>What Δ is.</summary>
    public string Description { get; } = description;

    /// <summary>Δ_1..Δ_L.</summary>
    public IReadOnlyList<double[,]> Direction { get; } = direction;

    /// <summary>ΔᵀHΔ by the kernels.</summary>
    public double ByKernels { get; } = byKernels;

    /// <summary>The exact form at the realized entries, rounded.</summary>
    public double Exact { get; } = exact;
}
