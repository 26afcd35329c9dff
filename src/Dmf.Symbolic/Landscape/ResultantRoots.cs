using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Dmf.Symbolic.Landscape
{
    /// <summary>
    /// What the irrational singular values sharing one defining polynomial m share at depth L and λ: the square-free part
    /// of the root resultant P (<see cref="AlgebraicValueRoots.RootResultant"/>, whose positive roots are those of f(·; β)
    /// for every real root β of m), its positive roots in order, its Sturm sequences and the distinct |β| above y_crit.
    /// The values of one matrix share m (the characteristic polynomial's factor), so P is built and isolated once per
    /// factor rather than once per value. Each piece is computed on first use; the table lives as long as m does
    /// (keyed by m's identity, then by L and λ). Thread-safe.
    /// </summary>
    internal sealed class ResultantRoots
    {
        private static readonly ConditionalWeakTable<Polynomial, ConcurrentDictionary<(int Depth, BigRational Lambda), Lazy<ResultantRoots>>> Tables =
            new ConditionalWeakTable<Polynomial, ConcurrentDictionary<(int Depth, BigRational Lambda), Lazy<ResultantRoots>>>();

        private readonly Lazy<IReadOnlyList<AlgebraicNumber>> _positiveRoots;
        private readonly Lazy<SturmSequence> _sturm;
        private readonly Lazy<SturmSequence> _derivativeSturm;
        private readonly Lazy<IReadOnlyList<AlgebraicNumber>> _distinctAboveCritical;

        private ResultantRoots(ScalarLandscape landscape, Polynomial m)
        {
            SquareFree = AlgebraicValueRoots.RootResultant(landscape, m).SquareFreePart();
            _positiveRoots = new Lazy<IReadOnlyList<AlgebraicNumber>>(() => RealRootIsolation.IsolateSquareFree(SquareFree).Where(x => x.Sign > 0).OrderBy(x => x).ToList());
            _sturm = new Lazy<SturmSequence>(() => SturmSequence.Create(SquareFree));
            _derivativeSturm = new Lazy<SturmSequence>(() => SturmSequence.Create(SquareFree.Derivative()));
            _distinctAboveCritical = new Lazy<IReadOnlyList<AlgebraicNumber>>(() => DistinctAbove(landscape, m));
        }

        /// <summary>The square-free part of P.</summary>
        public Polynomial SquareFree { get; }

        /// <summary>The positive roots of P, ascending.</summary>
        public IReadOnlyList<AlgebraicNumber> PositiveRoots => _positiveRoots.Value;

        /// <summary>The Sturm sequence of <see cref="SquareFree"/>.</summary>
        public SturmSequence Sturm => _sturm.Value;

        /// <summary>The Sturm sequence of <see cref="SquareFree"/>′.</summary>
        public SturmSequence DerivativeSturm => _derivativeSturm.Value;

        /// <summary>The distinct |β| over m's real roots β that lie above y_crit, ascending.</summary>
        public IReadOnlyList<AlgebraicNumber> DistinctAboveCritical => _distinctAboveCritical.Value;

        /// <summary>The table of <paramref name="m"/> at <paramref name="landscape"/>'s L and λ.</summary>
        public static ResultantRoots For(ScalarLandscape landscape, Polynomial m)
        {
            if (landscape is null)
            {
                throw new ArgumentNullException(nameof(landscape));
            }

            if (m is null)
            {
                throw new ArgumentNullException(nameof(m));
            }

            var byLandscape = Tables.GetValue(m, _ => new ConcurrentDictionary<(int, BigRational), Lazy<ResultantRoots>>());
            return byLandscape.GetOrAdd((landscape.Depth, landscape.LambdaProduct), _ => new Lazy<ResultantRoots>(() => new ResultantRoots(landscape, m))).Value;
        }

        private static IReadOnlyList<AlgebraicNumber> DistinctAbove(ScalarLandscape landscape, Polynomial m)
        {
            var above = RealRootIsolation.IsolateSquareFree(m)
                .Select(b => b.Sign < 0 ? AlgebraicValueRoots.Negate(b) : b)
                .Where(b => AlgebraicValueRoots.CompareToCritical(landscape, b) == ThresholdRelation.Above)
                .OrderBy(b => b)
                .ToList();
            var distinct = new List<AlgebraicNumber>();
            foreach (var b in above)
            {
                if (distinct.Count == 0 || distinct[distinct.Count - 1].CompareTo(b) != 0)
                {
                    distinct.Add(b);
                }
            }

            return distinct;
        }
    }
}
