namespace Dmf.Verify.Landscape;

/// <summary>
/// Every critical-point type of an instance in increasing order of loss, lazily, without enumerating the rest: the k
/// types of lowest loss cost O(k · #groups · log) steps however many types there are (10^1000 is common).
/// <para>
/// F is separable: F = Σ_j y_j² + Σ over active indices of the change δ(g, r) = g(σ_r; y) − y² of putting one index of
/// group g on its root r (<see cref="CriticalPointLoss.SlotChange"/>). A type chooses per group g how many indices take
/// each root (at most m_g in all) with at most d_min active in all, so listing types by loss is a k-best search over
/// these choices. The search is best-first on partial choices (groups decided in order of their smaller change), with
/// the exact cost of the best completion as priority: with the groups in that order the best completion of a budget B
/// takes the B most negative changes greedily, a prefix sum and a binary search. The children of a partial choice (how
/// many active, s, and how many of them on the worse root, t) are produced in order of priority lazily: for each s the
/// priority grows with t, so the children are a merge of sorted chains.
/// </para>
/// <para>
/// Priorities are sums of correctly rounded doubles: types whose losses agree to within rounding (about 2^−52 relative
/// per group) may come in either order. The order is a presentation order, not an exact claim.
/// </para>
/// </summary>
internal static class LossOrderedTypes
{
    /// <summary>The types of <paramref name="space"/>, lowest loss first (ties in a fixed, deterministic order).</summary>
    public static IEnumerable<CriticalPointType> Enumerate(CriticalPointTypes space)
    {
        ArgumentNullException.ThrowIfNull(space);
        var positions = Positions(space);
        var completion = new Completion(positions);
        var queue = new PriorityQueue<Candidate, (double, long)>();
        long sequence = 0;

        var root = new Node(null, 0, 0, 0, 0.0, space.MaxActive);
        foreach (var type in Expand(root))
        {
            yield return type;
        }

        while (queue.TryDequeue(out var candidate, out _))
        {
            var parent = candidate.Parent;
            var position = positions[parent.Position];
            int s = parent.Heads![candidate.Head];
            int t = candidate.OnWorse;
            if (t == 0 && candidate.Head + 1 < parent.Heads.Length)
            {
                Push(parent, candidate.Head + 1, 0);
            }

            if (position.HasWorse && t + 1 <= s)
            {
                Push(parent, candidate.Head, t + 1);
            }

            var child = new Node(parent, parent.Position + 1, s, t, parent.Sum + position.Change(s, t), parent.Budget - s);
            foreach (var type in Expand(child))
            {
                yield return type;
            }
        }

        // A node whose choices are all made (or whose budget is spent: the rest is forced to 0) is a type; otherwise its
        // children's heads are sorted and the first is queued.
        IEnumerable<CriticalPointType> Expand(Node node)
        {
            if (node.Position == positions.Count || node.Budget == 0)
            {
                yield return ToType(space, positions, node);
                yield break;
            }

            var position = positions[node.Position];
            int most = Math.Min(position.Multiplicity, node.Budget);
            node.Heads = Enumerable.Range(0, most + 1)
                .OrderBy(s => position.Change(s, 0) + completion.Best(node.Position + 1, node.Budget - s))
                .ThenBy(s => s)
                .ToArray();
            Push(node, 0, 0);
        }

        void Push(Node parent, int head, int onWorse)
        {
            int s = parent.Heads![head];
            var position = positions[parent.Position];
            double priority = parent.Sum + position.Change(s, onWorse) + completion.Best(parent.Position + 1, parent.Budget - s);
            queue.Enqueue(new Candidate(parent, head, onWorse), (priority, sequence++));
        }
    }

    /// <summary>The groups with a positive root, in increasing order of their smaller change (ties by group index).</summary>
    private static List<Position> Positions(CriticalPointTypes space)
    {
        var positions = new List<Position>();
        for (int g = 0; g < space.Groups.Count; g++)
        {
            var group = space.Groups[g];
            if (group.RootCount == 0)
            {
                continue;
            }

            var changes = Enumerable.Range(0, group.RootCount).Select(r => CriticalPointLoss.SlotChange(space, g, r)).ToArray();
            int better = changes.Length == 2 && changes[0] < changes[1] ? 0 : changes.Length - 1;
            int worse = changes.Length == 2 ? 1 - better : -1;
            positions.Add(new Position(g, group.Multiplicity, better, worse, changes[better], worse < 0 ? double.NaN : changes[worse]));
        }

        return positions.OrderBy(p => p.BetterChange).ThenBy(p => p.Group).ToList();
    }

    private static CriticalPointType ToType(CriticalPointTypes space, List<Position> positions, Node node)
    {
        var counts = space.Groups.Select(g => new int[g.RootCount]).ToArray();
        for (var n = node; n.Parent is not null; n = n.Parent)
        {
            var position = positions[n.Position - 1];
            counts[position.Group][position.Better] = n.Active - n.OnWorse;
            if (position.HasWorse)
            {
                counts[position.Group][position.Worse] = n.OnWorse;
            }
        }

        return new CriticalPointType(space.Groups, counts);
    }

    /// <summary>One group in search order: its index, multiplicity, the root with the smaller change and the other.</summary>
    private sealed record Position(int Group, int Multiplicity, int Better, int Worse, double BetterChange, double WorseChange)
    {
        public bool HasWorse => Worse >= 0;

        /// <summary>The change of s active indices, t of them on the worse root.</summary>
        public double Change(int active, int onWorse) => onWorse == 0 ? active * BetterChange : ((active - onWorse) * BetterChange) + (onWorse * WorseChange);
    }

    /// <summary>
    /// Positions 0..Position−1 decided (the last as <see cref="Active"/> indices, <see cref="OnWorse"/> on the worse
    /// root), their change <see cref="Sum"/>, the active indices still allowed. <see cref="Heads"/>: the child counts s in
    /// order of their best priority, set when the node is expanded.
    /// </summary>
    private sealed class Node(Node? parent, int position, int active, int onWorse, double sum, int budget)
    {
        public Node? Parent { get; } = parent;

        public int Position { get; } = position;

        public int Active { get; } = active;

        public int OnWorse { get; } = onWorse;

        public double Sum { get; } = sum;

        public int Budget { get; } = budget;

        public int[]? Heads { get; set; }
    }

    /// <summary>A child of <see cref="Parent"/> not yet made: s = Parent.Heads[Head], t = OnWorse.</summary>
    private readonly record struct Candidate(Node Parent, int Head, int OnWorse);

    /// <summary>
    /// The best (lowest) change positions p.. can add with at most B active indices: the B most negative better-root
    /// changes, taken greedily in position order (the positions are sorted by that change).
    /// </summary>
    private sealed class Completion
    {
        private readonly long[] _count;
        private readonly double[] _sum;
        private readonly double[] _change;
        private readonly int _negative;

        public Completion(List<Position> positions)
        {
            _negative = positions.Count(p => p.BetterChange < 0);
            _count = new long[_negative + 1];
            _sum = new double[_negative + 1];
            _change = new double[_negative];
            for (int q = 0; q < _negative; q++)
            {
                _change[q] = positions[q].BetterChange;
                _count[q + 1] = _count[q] + positions[q].Multiplicity;
                _sum[q + 1] = _sum[q] + (positions[q].Multiplicity * positions[q].BetterChange);
            }
        }

        public double Best(int p, int budget)
        {
            if (p >= _negative || budget <= 0)
            {
                return 0.0;
            }

            long wanted = _count[p] + budget;
            if (_count[_negative] <= wanted)
            {
                return _sum[_negative] - _sum[p];
            }

            // The first h with _count[h] ≥ wanted (p < h ≤ _negative): positions p..h−2 whole, part of h−1.
            int low = p + 1, high = _negative;
            while (low < high)
            {
                int mid = (low + high) / 2;
                if (_count[mid] >= wanted)
                {
                    high = mid;
                }
                else
                {
                    low = mid + 1;
                }
            }

            return _sum[low - 1] - _sum[p] + ((wanted - _count[low - 1]) * _change[low - 1]);
        }
    }
}
