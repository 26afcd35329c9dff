namespace Dmf.Verify.Descent;

/// <summary>
/// F along one descent: <see cref="Losses"/>[k] is F after <see cref="Iterations"/>[k] steps, the iterations
/// increasing from 0 to the last step. Every iteration is recorded while the run is short; a long run keeps
/// between <see cref="LossCurveRecorder.Capacity"/>/2 and <see cref="LossCurveRecorder.Capacity"/> evenly spaced
/// samples (the stride doubles as the run goes on), so a curve costs at most a few kilobytes whatever its length.
/// </summary>
/// <param name="Iterations">The iteration of each sample, increasing, the first 0.</param>
/// <param name="Losses">F at each sampled iteration.</param>
/// <param name="Stride">Iterations between consecutive samples before the last (1: every iteration).</param>
public sealed record LossCurve(IReadOnlyList<int> Iterations, IReadOnlyList<double> Losses, int Stride)
{
    /// <summary>Value equality, the lists compared element by element.</summary>
    public bool Equals(LossCurve? other) => other is not null && ValueLists.Equal(Iterations, other.Iterations) && ValueLists.Equal(Losses, other.Losses) && Stride == other.Stride;

    /// <summary>A hash consistent with <see cref="Equals(LossCurve?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(ValueLists.Hash(Iterations), ValueLists.Hash(Losses), Stride);
}

/// <summary>Builds a <see cref="LossCurve"/> as a descent runs, in bounded memory.</summary>
internal sealed class LossCurveRecorder
{
    /// <summary>At most this many samples are kept.</summary>
    public const int Capacity = 1024;

    private readonly List<int> _iterations = new();
    private readonly List<double> _losses = new();
    private int _stride = 1;

    /// <summary>Records F after <paramref name="iteration"/> steps if the current stride samples it.</summary>
    public void Record(int iteration, double loss)
    {
        if (iteration % _stride != 0)
        {
            return;
        }

        if (_iterations.Count == Capacity)
        {
            Thin();
            if (iteration % _stride != 0)
            {
                return;
            }
        }

        _iterations.Add(iteration);
        _losses.Add(loss);
    }

    /// <summary>The curve, ending with F after <paramref name="lastIteration"/> steps.</summary>
    public LossCurve Finish(int lastIteration, double loss)
    {
        if (_iterations.Count == 0 || _iterations[^1] != lastIteration)
        {
            _iterations.Add(lastIteration);
            _losses.Add(loss);
        }

        return new LossCurve(_iterations.ToArray(), _losses.ToArray(), _stride);
    }

    // Keeps every other sample (those at multiples of the doubled stride).
    private void Thin()
    {
        _stride *= 2;
        int kept = 0;
        for (int k = 0; k < _iterations.Count; k++)
        {
            if (_iterations[k] % _stride == 0)
            {
                _iterations[kept] = _iterations[k];
                _losses[kept] = _losses[k];
                kept++;
            }
        }

        _iterations.RemoveRange(kept, _iterations.Count - kept);
        _losses.RemoveRange(kept, _losses.Count - kept);
    }
}
