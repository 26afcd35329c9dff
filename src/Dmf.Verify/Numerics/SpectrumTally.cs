namespace Dmf.Verify.Numerics;

/// <summary>What the summary needs of one block: its extreme eigenvalues and its counts.</summary>
internal sealed record BlockSummary(RealEnclosure? Largest, RealEnclosure? Smallest, int Positive, int Negative, int Zero, bool ZerosExact, BigRational Radius);

/// <summary>
/// The running totals of a type's spectrum over its blocks (<see cref="HessianSpectra"/>): counts with multiplicity, the
/// zero band, and the extreme eigenvalues — exact or rational enclosures as they come, and eigenvalues known by double
/// intervals (<see cref="EqualRegularizationBlocks"/>) kept as candidates until the end, so that millions of blocks cost no
/// rational arithmetic: only the candidates that can still be the largest (or smallest) become rationals.
/// </summary>
internal sealed class SpectrumTally
{
    private readonly List<(DoubleInterval Value, int I, int J, bool Pair)> _top = new();
    private readonly List<DoubleInterval> _bottom = new();
    private readonly Dictionary<BigRational, (RealEnclosure Value, int I, int J, bool Pair)> _exact = new();
    private readonly bool[] _structural = new bool[3];
    private double _topLower = double.NegativeInfinity;
    private double _bottomUpper = double.PositiveInfinity;

    public long Dimension { get; private set; }

    public long Positive { get; private set; }

    public long Negative { get; private set; }

    public long Zero { get; private set; }

    public bool ZerosExact { get; private set; } = true;

    public BigRational ZeroBand { get; private set; } = BigRational.Zero;

    public RealEnclosure? Largest { get; private set; }

    public RealEnclosure? Smallest { get; private set; }

    /// <summary>Where <see cref="Largest"/> came from: kinds i and j of the type, and whether it is a pair block.</summary>
    public (int I, int J, bool Pair) LargestOrigin { get; private set; }

    /// <summary>A block known by rational enclosures (or exactly), <paramref name="copies"/> times.</summary>
    public void Add(BlockSummary block, long copies, int i, int j, bool pair)
    {
        Dimension += copies * (block.Positive + block.Negative + block.Zero);
        Positive += copies * block.Positive;
        Negative += copies * block.Negative;
        Zero += copies * block.Zero;
        if (block.Zero > 0)
        {
            ZerosExact &= block.ZerosExact;
            ZeroBand = BigRational.Max(ZeroBand, block.Radius);
        }

        if (block.Largest is { } top)
        {
            AddLargest(top, i, j, pair);
            Smallest = RealEnclosure.Smaller(Smallest, block.Smallest!);
        }
    }

    /// <summary>An exact eigenvalue <paramref name="value"/> with multiplicity <paramref name="multiplicity"/> in each of <paramref name="copies"/> blocks.</summary>
    public void AddExact(RealEnclosure value, int multiplicity, long copies, int i, int j, bool pair)
    {
        _exact.TryAdd(value.Lower, (value, i, j, pair));
        if (multiplicity == 0 || copies == 0)
        {
            return;
        }

        long count = copies * multiplicity;
        Dimension += count;
        int sign = value.Lower.Sign;
        if (sign > 0)
        {
            Positive += count;
        }
        else if (sign < 0)
        {
            Negative += count;
        }
        else
        {
            Zero += count;
        }
    }

    /// <summary>
    /// The exact eigenvalues 0, 4μ and 2μ of the closed forms (<see cref="EqualRegularizationBlocks"/>) with their
    /// multiplicities, in each of <paramref name="copies"/> blocks: counted now, folded into the extremes at the end.
    /// </summary>
    public void AddStructural(BigRational mu, int zeros, int fourMu, int twoMu, long copies, int i, int j, bool pair)
    {
        if (copies == 0)
        {
            return;
        }

        Dimension += copies * (zeros + fourMu + twoMu);
        Zero += copies * zeros;
        Positive += copies * (fourMu + twoMu);
        if (zeros > 0 && !_structural[0])
        {
            _structural[0] = true;
            AddExact(RealEnclosure.Of(BigRational.Zero), 0, 1, i, j, pair);
        }

        if (fourMu > 0 && !_structural[1])
        {
            _structural[1] = true;
            AddExact(RealEnclosure.Of(4 * mu), 0, 1, i, j, pair);
        }

        if (twoMu > 0 && !_structural[2])
        {
            _structural[2] = true;
            AddExact(RealEnclosure.Of(2 * mu), 0, 1, i, j, pair);
        }
    }

    /// <summary>An eigenvalue known by a double interval, in each of <paramref name="copies"/> blocks.</summary>
    public void AddInterval(DoubleInterval value, long copies, int i, int j, bool pair)
    {
        if (copies == 0)
        {
            return;
        }

        Dimension += copies;
        switch (value.Sign)
        {
            case > 0:
                Positive += copies;
                break;
            case < 0:
                Negative += copies;
                break;
            default:
                Zero += copies;
                ZerosExact = false;
                ZeroBand = BigRational.Max(ZeroBand, BigRational.FromDouble(Math.Max(-value.Lower, value.Upper)));
                break;
        }

        if (value.Upper >= _topLower)
        {
            _topLower = Math.Max(_topLower, value.Lower);
            _top.Add((value, i, j, pair));
            if (_top.Count > 4096)
            {
                _top.RemoveAll(t => t.Value.Upper < _topLower);
            }
        }

        if (value.Lower <= _bottomUpper)
        {
            _bottomUpper = Math.Min(_bottomUpper, value.Upper);
            _bottom.Add(value);
            if (_bottom.Count > 4096)
            {
                _bottom.RemoveAll(b => b.Lower > _bottomUpper);
            }
        }
    }

    /// <summary>
    /// The interval eigenvalues that can still be the largest, with their blocks: those whose upper end reaches the largest
    /// lower end of any eigenvalue. The caller recomputes their blocks exactly (<see cref="Add"/>) or folds them in as they are (<see cref="FoldTop"/>).
    /// </summary>
    public IReadOnlyList<(DoubleInterval Value, int I, int J, bool Pair)> TopCandidates()
    {
        double bound = Math.Max(_topLower, Largest is { } known ? known.Lower.ToDouble() : double.NegativeInfinity);
        return _top.Where(t => t.Value.Upper >= bound).ToList();
    }

    /// <summary>Folds a candidate's exact recomputation (its block's largest eigenvalue) into <see cref="Largest"/>.</summary>
    public void FoldLargest(RealEnclosure value, int i, int j, bool pair) => AddLargest(value, i, j, pair);

    /// <summary>Folds an interval candidate into <see cref="Largest"/> as it is.</summary>
    public void FoldTop(DoubleInterval value, int i, int j, bool pair) => AddLargest(value.ToEnclosure(), i, j, pair);

    /// <summary>Folds the exact eigenvalues met (<see cref="AddExact"/>) and the interval ones that can still be the smallest into <see cref="Largest"/> and <see cref="Smallest"/>.</summary>
    public void FoldExactAndBottom()
    {
        foreach (var (value, i, j, pair) in _exact.Values)
        {
            AddLargest(value, i, j, pair);
            Smallest = RealEnclosure.Smaller(Smallest, value);
        }

        _exact.Clear();
        foreach (var value in _bottom.Where(b => b.Lower <= _bottomUpper))
        {
            Smallest = RealEnclosure.Smaller(Smallest, value.ToEnclosure());
        }

        _bottom.Clear();
    }

    private void AddLargest(RealEnclosure value, int i, int j, bool pair)
    {
        if (Largest is null || value.Upper > Largest.Upper)
        {
            LargestOrigin = (i, j, pair);
        }

        Largest = RealEnclosure.Larger(Largest, value);
    }
}
