namespace Dmf.Plots;

/// <summary>
/// Places text labels beside points without overlap, in pixels (y down): each label tries the spots around its point
/// in order — on its preferred side above, below, then the same on the other side, always touching the point's corner — and takes the first that lies
/// inside the area and clear of every label placed before it and every point; a label with no such spot is left out
/// (its point stays marked). Labels are placed in the order given, so the first ones get the best spots.
/// </summary>
internal static class LabelPlacement
{
    /// <summary>A box in pixels (y grows downward).</summary>
    internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

        public bool Inside(Box area) => Left >= area.Left && Right <= area.Right && Top >= area.Top && Bottom <= area.Bottom;
    }

    /// <summary>One label: its point, its text's size, whether it prefers the left of the point.</summary>
    internal readonly record struct Request(double X, double Y, double Width, double Height, bool PreferLeft);

    /// <summary>
    /// The box of each label, or null where none fits; <paramref name="gap"/> pixels from the point,
    /// <paramref name="pointRadius"/> around every point kept clear, and the <paramref name="obstacles"/> (lines that
    /// should not run through a label) too.
    /// </summary>
    public static Box?[] Place(IReadOnlyList<Request> requests, Box area, IEnumerable<Box> obstacles, double gap = 6, double pointRadius = 6)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(obstacles);
        var points = requests.Select(r => new Box(r.X - pointRadius, r.Y - pointRadius, r.X + pointRadius, r.Y + pointRadius)).Concat(obstacles).ToArray();
        var placed = new List<Box>();
        var result = new Box?[requests.Count];
        for (int i = 0; i < requests.Count; i++)
        {
            foreach (var box in Candidates(requests[i], gap))
            {
                if (box.Inside(area) && !placed.Any(box.Overlaps) && !points.Any(box.Overlaps))
                {
                    placed.Add(box);
                    result[i] = box;
                    break;
                }
            }
        }

        return result;
    }

    private static IEnumerable<Box> Candidates(Request r, double gap)
    {
        foreach (bool left in new[] { r.PreferLeft, !r.PreferLeft })
        {
            double x0 = left ? r.X - gap - r.Width : r.X + gap;
            // Above, then below: right at the point, so every label reads as its point's.
            foreach (double top in new[] { r.Y - gap - r.Height, r.Y + gap })
            {
                yield return new Box(x0, top, x0 + r.Width, top + r.Height);
            }
        }
    }
}
