namespace Dmf.Verify.Realization;

/// <summary>Standard normal samples from a seeded <see cref="Random"/> (Box–Muller, one sample per two uniforms): deterministic per seed.</summary>
internal static class GaussianSampler
{
    /// <summary>One N(0, 1) sample.</summary>
    public static double Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u = 1.0 - random.NextDouble();
        double v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
