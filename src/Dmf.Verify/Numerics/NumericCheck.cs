using Dmf.Kernels;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Realization;

namespace Dmf.Verify.Numerics;

/// <summary>
/// docs/theory.md's rules checked numerically at a realized critical point, through the generated kernels of the depth:
/// F against the closed-form loss, ‖∇F‖ ≈ 0, the Hessian spectrum (dense up to <see cref="NumericCheckOptions.DenseLimit"/>
/// parameters, else Lanczos on Hessian-vector products), the count of zero eigenvalues against
/// <see cref="FlatDirections"/>, and for non-strict saddles the descent along the balanced curve. A failed check is a
/// finding and is reported, never hidden.
/// </summary>
internal static class NumericCheck
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Factor between a tolerance and the threshold beyond which a miss counts as a disagreement.</summary>
    public const double AmbiguityFactor = 1e3;

    /// <summary>
    /// Checks the point with <paramref name="slots"/>, predicted to be of class <paramref name="predicted"/> with loss
    /// <paramref name="expectedLoss"/>. <paramref name="spectrum"/>, when given, predicts the Hessian's spectrum from the
    /// closed form for a zero tolerance (<see cref="PredictedSpectrum"/>): a zero count or a missing negative eigenvalue
    /// that only eigenvalues below the tolerance explain is then inconclusive, with the reason, not a finding.
    /// </summary>
    public static NumericEvidence Run(DmfInstance instance, IReadOnlyList<Slot> slots, PointClass predicted, double expectedLoss, NumericCheckOptions options, Func<double, PredictedSpectrum>? spectrum = null, RealEnclosure? largest = null)
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
        var expected = FlatDirections.Predict(instance, slots);
        var (lossTolerance, gradientTolerance, c) = Tolerances(instance, problem, w);
        var findings = new List<string>();

        // Doubles hold the point and its derivatives only within their range: outside it nothing can be checked.
        if (OutOfRange(w, loss, gradientNorm, lossTolerance, gradientTolerance) is { } range)
        {
            findings.Add(range);
            return new NumericEvidence(loss, expectedLoss, lossTolerance, gradientNorm, gradientTolerance, SpectrumMethod.Dense, double.NaN, double.NaN,
                double.NaN, null, expected, null, 0, null, null, NumericVerdict.Inconclusive, findings);
        }

        var verdicts = new List<NumericVerdict>
        {
            Judge(Math.Abs(loss - expectedLoss), lossTolerance, Invariant($"F = {loss:R} differs from the closed-form loss {expectedLoss:R}"), findings),
            Judge(gradientNorm, gradientTolerance, Invariant($"the gradient norm {gradientNorm:G3} is not ~0"), findings),
        };

        Spectrum measured;
        try
        {
            measured = n <= options.DenseLimit
                ? DenseSpectrum(kernels, problem, w, workspace, c)
                : LanczosSpectrum(kernels, problem, w, workspace, c, options);
        }
        catch (InvalidOperationException exception)
        {
            // The dense QL iteration did not converge (not seen in practice): Lanczos gives the smallest eigenvalue, and
            // what it cannot give — the zero count — is recorded as not checked.
            measured = LanczosSpectrum(kernels, problem, w, workspace, c, options);
            findings.Add(Invariant($"the dense spectrum failed ({exception.Message.TrimEnd('.')}); Lanczos gave the smallest eigenvalue, and the zero count ({expected.Total} predicted) was not checked"));
            verdicts.Add(NumericVerdict.Inconclusive);
        }

        var prediction = spectrum is not null && double.IsFinite(measured.ZeroTolerance) ? spectrum(measured.ZeroTolerance) : null;
        bool minimizerLike = predicted != PointClass.StrictSaddle;
        if (minimizerLike)
        {
            verdicts.Add(Judge(-measured.MinEigenvalue, measured.ZeroTolerance, Invariant($"the smallest Hessian eigenvalue {measured.MinEigenvalue:G4} is negative, but the rules predict a PSD Hessian"), findings));
        }
        else if (measured.MinEigenvalue >= -measured.ZeroTolerance)
        {
            if (prediction is { BelowMinusTolerance: 0, Negative: > 0 })
            {
                findings.Add(Invariant($"the rules predict a strict saddle, and the closed form's negative eigenvalues ({prediction.Negative}) all lie within the zero tolerance {measured.ZeroTolerance:G3}: doubles cannot show the negative curvature here (inconclusive)"));
                verdicts.Add(NumericVerdict.Inconclusive);
            }
            else
            {
                findings.Add(Invariant($"the rules predict a strict saddle, but the smallest Hessian eigenvalue is {measured.MinEigenvalue:G4} (no negative curvature beyond {measured.ZeroTolerance:G3})"));
                verdicts.Add(NumericVerdict.Disagrees);
            }
        }

        if (largest is not null && measured.Largest is { } top)
        {
            // λ_max from the blocks (exact or certified) against the dense spectrum's largest eigenvalue.
            double below = largest.Lower.ToDouble() - top, above = top - largest.Upper.ToDouble();
            verdicts.Add(Judge(Math.Max(below, above), measured.ZeroTolerance, Invariant($"the largest Hessian eigenvalue {top:R} lies outside lambda_max's enclosure [{largest.Lower.ToDouble():R}, {largest.Upper.ToDouble():R}] from the blocks"), findings));
        }

        if (measured.ZeroCount is { } zeros && minimizerLike && zeros != expected.Total)
        {
            verdicts.Add(JudgeZeros(zeros, expected, measured, prediction, findings));
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
            loss, expectedLoss, lossTolerance, gradientNorm, gradientTolerance, measured.Method, measured.MinEigenvalue, measured.Norm,
            measured.ZeroTolerance, measured.ZeroCount, expected, measured.SmallestNonzero, measured.Steps, measured.Residual, descent, verdict, findings);
    }

    /// <summary>
    /// A zero count that differs from the symmetry count: a finding, unless the closed form's spectrum explains it by
    /// eigenvalues below the tolerance (inconclusive, with their size), or an eigenvalue sits just outside the tolerance.
    /// When the closed form's own zeros differ from the symmetry count, that is reported: it is the count that is wrong.
    /// </summary>
    private static NumericVerdict JudgeZeros(int zeros, FlatDirections expected, Spectrum measured, PredictedSpectrum? prediction, List<string> findings)
    {
        string counted = Invariant($"{zeros} eigenvalues within {measured.ZeroTolerance:G3} of 0, but {expected.Total} flat directions are predicted");
        if (prediction is not null && prediction.Zeros != expected.Total)
        {
            findings.Add(counted + Invariant($"; the closed-form blocks have {prediction.Zeros} zero eigenvalues: the flat-direction count is wrong here"));
            return NumericVerdict.Disagrees;
        }

        if (prediction is { Unresolved: > 0 } && zeros > expected.Total && zeros <= prediction.WithinTolerance)
        {
            findings.Add(counted + Invariant($"; the closed form has {prediction.Unresolved} nonzero eigenvalue(s) inside that tolerance (the smallest about {prediction.SmallestNonzero:G2}): doubles cannot tell them from 0 (inconclusive)"));
            return NumericVerdict.Inconclusive;
        }

        bool ambiguous = measured.SmallestNonzero is { } gap && gap <= AmbiguityFactor * measured.ZeroTolerance;
        findings.Add(counted + (ambiguous ? Invariant($" (an eigenvalue of magnitude {measured.SmallestNonzero:G3} lies just outside the tolerance: inconclusive)") : string.Empty));
        return ambiguous ? NumericVerdict.Inconclusive : NumericVerdict.Disagrees;
    }

    /// <summary>
    /// Why the realized point is outside what doubles resolve, or null: a non-finite parameter, loss, gradient or
    /// tolerance, or a tolerance so large that it exceeds the quantity it bounds (the scales of the problem differ by
    /// more than 2^53).
    /// </summary>
    private static string? OutOfRange(double[] w, double loss, double gradientNorm, double lossTolerance, double gradientTolerance)
    {
        double largest = 0;
        foreach (double x in w)
        {
            largest = Math.Max(largest, Math.Abs(x));
        }

        if (!double.IsFinite(largest) || !double.IsFinite(loss) || !double.IsFinite(gradientNorm) || !double.IsFinite(lossTolerance) || !double.IsFinite(gradientTolerance))
        {
            return Invariant($"outside the range doubles resolve: the realized point has entries up to {largest:G3}, F = {loss:G3}, |grad F| = {gradientNorm:G3} (inconclusive; the exact classification stands, --exact proves it)");
        }

        return null;
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

    private sealed record Spectrum(SpectrumMethod Method, double MinEigenvalue, double Norm, double ZeroTolerance, int? ZeroCount, double? SmallestNonzero, int Steps, double? Residual)
    {
        /// <summary>The largest eigenvalue (dense spectra only).</summary>
        public double? Largest { get; init; }
    }

    private static Spectrum DenseSpectrum(DepthKernels kernels, in DmfProblem problem, double[] w, DmfWorkspace workspace, double c)
    {
        int n = problem.ParameterCount;
        var hessian = DenseHessianMatrix.Assemble(kernels, problem, w, workspace);
        if (hessian.Any(h => !double.IsFinite(h)))
        {
            throw new InvalidOperationException("the Hessian has entries beyond the range of doubles");
        }

        var eigenvalues = SymmetricEigenvalues.Compute(hessian, n);
        double norm = Math.Max(Math.Abs(eigenvalues[0]), Math.Abs(eigenvalues[^1]));
        double tolerance = 4 * c * Epsilon * norm;
        int zeros = eigenvalues.Count(e => Math.Abs(e) <= tolerance);
        double? smallestNonzero = eigenvalues.Where(e => Math.Abs(e) > tolerance).Select(Math.Abs).DefaultIfEmpty(double.NaN).Min();
        return new Spectrum(SpectrumMethod.Dense, eigenvalues[0], norm, tolerance, zeros, double.IsNaN(smallestNonzero.Value) ? null : smallestNonzero, n, null) { Largest = eigenvalues[^1] };
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
