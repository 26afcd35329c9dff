using System;
using System.Diagnostics;
using System.IO;
using static System.FormattableString;

namespace Dmf.Cli.Output;

/// <summary>
/// A one-line progress bar on stderr for long runs: drawn only when enabled (stderr is a terminal and the output is not
/// JSON), only after the run has taken half a second, at most ten times a second; erased when done.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    private readonly TextWriter _error;
    private readonly string _unit;
    private readonly bool _enabled;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private bool _drawn;

    /// <summary>A bar writing to <paramref name="error"/> when <paramref name="enabled"/>.</summary>
    public ProgressBar(TextWriter error, bool enabled, string unit = "critical points")
    {
        _unit = unit;
        _error = error;
        _enabled = enabled;
    }

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> items.</summary>
    public void Report(int done, long total)
    {
        lock (_clock)
        {
            long now = _clock.ElapsedMilliseconds;
            if (!_enabled || now < 500 || now - _lastDraw < 100)
            {
                return;
            }

            _lastDraw = now;
            Draw(done, total);
        }
    }

    private void Draw(int done, long total)
    {
        const int width = 30;
        int filled = total <= 0 ? 0 : (int)Math.Min(width, (long)done * width / total);
        _error.Write(Invariant($"\r[{new string('#', filled)}{new string(' ', width - filled)}] {done}/{total} {_unit}"));
        _error.Flush();
        _drawn = true;
    }

    /// <summary>Erases the bar.</summary>
    public void Dispose()
    {
        if (_drawn)
        {
            _error.Write("\r" + new string(' ', 70) + "\r");
            _error.Flush();
            _drawn = false;
        }
    }
}
