namespace Dmf.Verify.Numerics;

/// <summary>
/// F decreasing along the balanced curve σ_i = x_*(1 − h) at a non-strict saddle: measured by the kernels and
/// predicted by the closed form g(s) = (s^L/√λ − y)² + L s² (docs/theory.md §2.1).
/// </summary>
public sealed record DescentEvidence(double Step, double Measured, double Predicted, bool Confirmed);
