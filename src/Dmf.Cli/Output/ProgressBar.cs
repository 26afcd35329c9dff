using System.Diagnostics;

namespace Dmf.Cli.Output;

/// <summary>
/// One progress line on stderr for long runs: what the run is doing (its phase), a bar when the phase counts items,
/// and the time so far. Drawn only when enabled (stderr is a terminal), only once the run
/// has taken <see cref="DefaultDelay"/>, at most four times a second — also while a phase reports nothing (a long
/// decomposition); erased when done, so nothing of it stays in the terminal or reaches a file.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    /// <summary>How long a run is quiet before the line appears.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(2);

    private const int BarWidth = 30;
    private readonly TextWriter _error;
    private string _unit;
    private readonly bool _enabled;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private string _phase = string.Empty;
    private int _done = -1;
    private long _total;
    private long _lastDraw = long.MinValue;
    private int _drawnLength;
    private bool _atLineStart = true;

    /// <summary>A line writing to <paramref name="error"/> when <paramref name="enabled"/>, counting <paramref name="unit"/>.</summary>
    public ProgressBar(TextWriter error, bool enabled, string unit = "critical points")
        : this(error, enabled, unit, DefaultDelay, ticking: true)
    {
    }

    /// <summary>As the other constructor, appearing after <paramref name="delay"/>; without <paramref name="ticking"/> it is drawn only by <see cref="Phase"/>, <see cref="Report"/> and <see cref="Refresh"/> (deterministic, for tests).</summary>
    internal ProgressBar(TextWriter error, bool enabled, string unit, TimeSpan delay, bool ticking)
    {
        _unit = unit;
        _error = error;
        _enabled = enabled;
        _delay = delay;
        if (enabled && ticking)
        {
            _timer = new Timer(_ => Refresh(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Starts a phase: <paramref name="label"/> is what the run does now ("decomposing Y", "proving the claims").</summary>
    public void Phase(string label, string? unit = null)
    {
        lock (_gate)
        {
            _phase = label;
            _unit = unit ?? _unit;
            _done = -1;
            _lastDraw = long.MinValue;
            DrawIfDue();
        }
    }

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> items of the current phase.</summary>
    public void Report(int done, long total)
    {
        lock (_gate)
        {
            _done = done;
            _total = total;
            DrawIfDue();
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> (a write to a stream that shares the terminal) with the line erased first and not
    /// drawn during it; the line comes back on the next tick only after a complete line of output.
    /// </summary>
    public void Around(Action write, string? written)
    {
        lock (_gate)
        {
            if (_drawnLength > 0)
            {
                _error.Write("\r" + new string(' ', _drawnLength) + "\r");
                _error.Flush();
                _drawnLength = 0;
            }

            write();
            if (!string.IsNullOrEmpty(written))
            {
                _atLineStart = written[^1] == '\n';
            }
        }
    }

    /// <summary>Redraws the line when it is due (the timer calls this; so may a test).</summary>
    internal void Refresh()
    {
        lock (_gate)
        {
            DrawIfDue();
        }
    }

    private void DrawIfDue()
    {
        long now = _clock.ElapsedMilliseconds;
        if (!_enabled || _drawnLength < 0 || !_atLineStart || now < _delay.TotalMilliseconds || (_lastDraw != long.MinValue && now - _lastDraw < 250))
        {
            return;
        }

        _lastDraw = now;
        string line = Line(now / 1000);
        _error.Write("\r" + line.PadRight(_drawnLength));
        _error.Flush();
        _drawnLength = line.Length;
    }

    private string Line(long seconds)
    {
        string phase = _phase.Length == 0 ? string.Empty : _phase + " ";
        if (_done < 0)
        {
            return Invariant($"{phase}({seconds} s)");
        }

        int filled = _total <= 0 ? 0 : (int)Math.Min(BarWidth, (long)_done * BarWidth / _total);
        return Invariant($"{phase}[{new string('#', filled)}{new string(' ', BarWidth - filled)}] {_done}/{_total} {_unit} ({seconds} s)");
    }

    /// <summary>Stops and erases the line; nothing is drawn after this.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_drawnLength > 0)
            {
                _error.Write("\r" + new string(' ', _drawnLength) + "\r");
                _error.Flush();
            }

            _drawnLength = -1;
        }
    }
}
