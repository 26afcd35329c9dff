using Dmf.Kernels;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Realization;
using static System.FormattableString;

namespace Dmf.Verify.Numerics;

/// <summary>
/// docs/theory.md's rules checked numerically at a realized critical point, through the generated kernels of the depth:
/// F against the closed-form loss, ‖∇F‖ ≈ 0, the Hessian spectrum (dense up to <see cref="NumericCheckOptions.DenseLimit"/>
/// parameters, else Lanczos on Hessian-vector products), the count of zero eigenvalues against
/// <see cref="FlatDirections"/>, and for non-strict saddles the descent along the balanced curve. A failed check is a
/// finding and is reported, never hidden.
/// </summary>
public static class NumericCheck
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Factor between a tolerance and the threshold beyond which a miss counts as a disagreement.</summary>
    public const double AmbiguityFactor = 1e3;

    /// <summary>Checks the point with <paramref name="slots"/>, predicted to be of class <paramref name="predicted"/> with loss <paramref name="expectedLoss"/>.</summary>
    public static NumericEvidence Run(DmfInstance instance, IReadOnlyList<Slot> slots, PointClass predicted, double expectedLoss, NumericCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        if (!DepthKernels.IsAvailable(instance.Depth))
        {
            throw new ArgumentOutOfRangeException(nameof(instance), instance.Depth, Invariant($"The numeric check runs on generated kernels, which exist for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}."));
        }

        var kernels = DepthKernels.For(instance.Depth);
        var point = CriticalPointRealizer.Realize(instance, slots, options.Factors);
        var problem = point.Problem;
        var w = point.Parameters;
        int n = problem.ParameterCount;
        var workspace = kernels.CreateWorkspace(problem);
        var gradient = new double[n];
        double loss = kernels.LossAndGradient(problem, w, gradient, workspace);
        double gradientNorm = Math.Sqrt(DenseKernels.Dot(gradient, gradient));

        var (lossTolerance, gradientTolerance, c) = Tolerances(instance, problem, w);
        var findings = new List<string>();
        var verdicts = new List<NumericVerdict>
        {
            Judge(Math.Abs(loss - expectedLoss), lossTolerance, Invariant($"F = {loss:R} differs from the closed-form loss {expectedLoss:R}"), findings),
            Judge(gradientNorm, gradientTolerance, Invariant($"the gradient norm {gradientNorm:G3} is not ~0"), findings),
        };

        var expected = FlatDirections.Predict(instance, slots);
        Spectrum spectrum;
        try
        {
            spectrum = n <= options.DenseLimit
                ? DenseSpectrum(kernels, problem, w, workspace, c)
                : LanczosSpectrum(kernels, problem, w, workspace, c, options);
        }
        catch (InvalidOperationException)
        {
            // The dense QL iteration did not converge (not seen in practice): fall back to Lanczos, which says so.
            spectrum = LanczosSpectrum(kernels, problem, w, workspace, c, options);
        }

        bool minimizerLike = predicted != PointClass.StrictSaddle;
        if (minimizerLike)
        {
            verdicts.Add(Judge(-spectrum.MinEigenvalue, spectrum.ZeroTolerance, Invariant($"the smallest Hessian eigenvalue {spectrum.MinEigenvalue:G4} is negative, but the rules predict a PSD Hessian"), findings));
        }
        else if (spectrum.MinEigenvalue >= -spectrum.ZeroTolerance)
        {
            findings.Add(Invariant($"the rules predict a strict saddle, but the smallest Hessian eigenvalue is {spectrum.MinEigenvalue:G4} (no negative curvature beyond {spectrum.ZeroTolerance:G3})"));
            verdicts.Add(NumericVerdict.Disagrees);
        }

        if (spectrum.ZeroCount is { } zeros && minimizerLike && zeros != expected.Total)
        {
            bool ambiguous = spectrum.SmallestNonzero is { } gap && gap <= AmbiguityFactor * spectrum.ZeroTolerance;
            findings.Add(Invariant($"{zeros} eigenvalues within {spectrum.ZeroTolerance:G3} of 0, but {expected.Total} flat directions are predicted") +
                         (ambiguous ? Invariant($" (an eigenvalue of magnitude {spectrum.SmallestNonzero:G3} lies just outside the tolerance: inconclusive)") : string.Empty));
            verdicts.Add(ambiguous ? NumericVerdict.Inconclusive : NumericVerdict.Disagrees);
        }

        DescentEvidence? descent = null;
        if (predicted == PointClass.NonStrictSaddle)
        {
            descent = Descend(instance, slots, options, kernels, loss, lossTolerance);
            if (!descent.Confirmed)
            {
                findings.Add(Invariant($"along the balanced curve F changes by {descent.Measured:G4}, predicted {descent.Predicted:G4}: no confirmed descent"));
                verdicts.Add(NumericVerdict.Disagrees);
            }
        }

        var verdict = verdicts.Contains(NumericVerdict.Disagrees) ? NumericVerdict.Disagrees
            : verdicts.Contains(NumericVerdict.Inconclusive) ? NumericVerdict.Inconclusive
            : NumericVerdict.Agrees;
        return new NumericEvidence(
            loss, expectedLoss, lossTolerance, gradientNorm, gradientTolerance, spectrum.Method, spectrum.MinEigenvalue, spectrum.Norm,
            spectrum.ZeroTolerance, spectrum.ZeroCount, expected, spectrum.SmallestNonzero, spectrum.Steps, spectrum.Residual, descent, verdict, findings);
    }

    /// <summary>Agrees within the tolerance, inconclusive up to 10³ × it, otherwise disagrees (and records why).</summary>
    private static NumericVerdict Judge(double miss, double tolerance, string finding, List<string> findings)
    {
        if (miss <= tolerance)
        {
            return NumericVerdict.Agrees;
        }

        bool ambiguous = miss <= AmbiguityFactor * tolerance;
        findings.Add(Invariant($"{finding} (tolerance {tolerance:G3}{(ambiguous ? "; within 10^3 x tolerance: inconclusive" : string.Empty)})"));
        return ambiguous ? NumericVerdict.Inconclusive : NumericVerdict.Disagrees;
    }

    private static (double Loss, double Gradient, double C) Tolerances(DmfInstance instance, in DmfProblem problem, double[] w)
    {
        int depth = instance.Depth;
        var norms = new double[depth];
        double regularization = 0;
        for (int l = 1; l <= depth; l++)
        {
            var layer = problem.Layer((ReadOnlySpan<double>)w, l);
            double sum = 0;
            foreach (double x in layer)
            {
                sum += x * x;
            }

            norms[l - 1] = Math.Sqrt(sum);
            regularization += problem.Lambdas[l - 1] * sum;
        }

        double yNorm = Math.Sqrt(problem.Y.ToArray().Sum(v => v * v));
        double product = norms.Aggregate(1.0, (a, b) => a * b);
        double c = 64.0 * depth * instance.Widths.Max();
        double lossScale = (yNorm * yNorm) + (product * product) + regularization;
        double gradientScale = 0;
        for (int l = 0; l < depth; l++)
        {
            double others = 1;
            for (int k = 0; k < depth; k++)
            {
                if (k != l)
                {
                    others *= norms[k];
                }
            }

            gradientScale += 2 * (((product + yNorm) * others) + (problem.Lambdas[l] * norms[l]));
        }

        return (c * Epsilon * lossScale, c * Epsilon * gradientScale, c);
    }

    private sealed record Spectrum(SpectrumMethod Method, double MinEigenvalue, double Norm, double ZeroTolerance, int? ZeroCount, double? SmallestNonzero, int Steps, double? Residual);

    private static Spectrum DenseSpectrum(DepthKernels kernels, in DmfProblem problem, double[] w, DmfWorkspace workspace, double c)
    {
        int n = problem.ParameterCount;
        var hessian = DenseHessianMatrix.Assemble(kernels, problem, w, workspace);
        var eigenvalues = SymmetricEigenvalues.Compute(hessian, n);
        double norm = Math.Max(Math.Abs(eigenvalues[0]), Math.Abs(eigenvalues[^1]));
        double tolerance = 4 * c * Epsilon * norm;
        int zeros = eigenvalues.Count(e => Math.Abs(e) <= tolerance);
        double? smallestNonzero = eigenvalues.Where(e => Math.Abs(e) > tolerance).Select(Math.Abs).DefaultIfEmpty(double.NaN).Min();
        return new Spectrum(SpectrumMethod.Dense, eigenvalues[0], norm, tolerance, zeros, double.IsNaN(smallestNonzero.Value) ? null : smallestNonzero, n, null);
    }

    private static Spectrum LanczosSpectrum(DepthKernels kernels, DmfProblem problem, double[] w, DmfWorkspace workspace, double c, NumericCheckOptions options)
    {
        int n = problem.ParameterCount;
        var estimate = Lanczos.Smallest(n, (v, hv) => kernels.HessianVectorProduct(problem, w, v, hv, workspace), options.LanczosSteps, options.LanczosSeed);
        double norm = Math.Max(Math.Abs(estimate.SmallestRitzValue), Math.Abs(estimate.LargestRitzValue));
        return new Spectrum(SpectrumMethod.Lanczos, estimate.SmallestRitzValue, norm, 4 * c * Epsilon * norm, null, null, estimate.Steps, estimate.Residual);
    }

    /// <summary>F at σ_i = x_*(1 − h) for the first double-root slot, against the closed form g.</summary>
    private static DescentEvidence Descend(DmfInstance instance, IReadOnlyList<Slot> slots, NumericCheckOptions options, DepthKernels kernels, double loss, double lossTolerance)
    {
        int i = slots.ToList().FindIndex(s => s.Label == Dmf.Symbolic.Landscape.RootLabel.DoubleRoot);
        const double h = 1e-2;
        var sigmas = slots.Select(s => s.SigmaValue).ToArray();
        double star = sigmas[i];
        sigmas[i] = star * (1 - h);
        var moved = CriticalPointRealizer.Realize(instance, slots, sigmas, options.Factors);
        double measured = kernels.Loss(moved.Problem, moved.Parameters, kernels.CreateWorkspace(moved.Problem)) - loss;
        double sqrtLambda = Math.Sqrt(instance.Landscape.LambdaProduct.ToDouble());
        double y = slots[i].Y!.Value.ToDouble();
        int depth = instance.Depth;
        double lambda = instance.Landscape.LambdaProduct.ToDouble();
        var scaledLoss = Dmf.Symbolic.Landscape.ScalarTheory.ScaledSlotLoss(depth);
        double G(double s) => Dmf.Symbolic.Landscape.ScalarTheory.EvaluateDouble(scaledLoss, s, y, sqrtLambda, lambda) / lambda;
        double predicted = G(sigmas[i]) - G(star);
        bool confirmed = measured < 0 && Math.Abs(measured - predicted) <= (1e-3 * Math.Abs(predicted)) + (4 * lossTolerance);
        return new DescentEvidence(h, measured, predicted, confirmed);
    }
}
