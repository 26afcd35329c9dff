using Dmf.Cli.Output;

namespace Dmf.Cli.Tests;

/// <summary>
/// The progress line: what the run does, a bar when items are counted, the time so far; erased before any other write
/// to the terminal and at the end; silent when not enabled (stderr not a terminal).
/// </summary>
public class ProgressLineTests
{
    [Fact]
    public void A_phase_without_counts_shows_its_label_and_time()
    {
        var error = new StringWriter();
        using (var progress = new ProgressBar(error, enabled: true, "types", TimeSpan.Zero, ticking: false))
        {
            progress.Phase("reading Y and its singular values");
            Assert.Equal("\rreading Y and its singular values (0 s)", error.ToString());
        }

        Assert.EndsWith("\r" + new string(' ', "reading Y and its singular values (0 s)".Length) + "\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counted_items_draw_a_bar()
    {
        var error = new StringWriter();
        using var progress = new ProgressBar(error, enabled: true, "runs", TimeSpan.Zero, ticking: false);
        progress.Phase("descending");
        progress.Report(5, 10);
        progress.Refresh();
        Assert.Contains("descending (0 s)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bar_shows_the_fraction_done()
    {
        var error = new StringWriter();
        using var progress = new ProgressBar(error, enabled: true, "runs", TimeSpan.Zero, ticking: false);
        progress.Report(5, 10);
        Assert.Equal("\r[###############               ] 5/10 runs (0 s)", error.ToString());
    }

    [Fact]
    public void Output_erases_the_line_first_and_it_returns_only_after_a_whole_line()
    {
        var error = new StringWriter();
        var output = new StringWriter();
        using var progress = new ProgressBar(error, enabled: true, "types", TimeSpan.Zero, ticking: false);
        var terminal = new ProgressAwareWriter(output, progress);
        progress.Phase("analyzing");
        terminal.Write("Instance: ");
        string erased = "\ranalyzing (0 s)\r" + new string(' ', "analyzing (0 s)".Length) + "\r";
        Assert.Equal(erased, error.ToString());
        progress.Phase("still analyzing");
        Assert.Equal(erased, error.ToString());
        terminal.WriteLine("L = 3");
        progress.Phase("writing");
        Assert.Equal(erased + "\rwriting (0 s)", error.ToString());
        Assert.Equal("Instance: L = 3" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Disabled_or_early_it_writes_nothing()
    {
        var error = new StringWriter();
        using (var quiet = new ProgressBar(error, enabled: false, "types", TimeSpan.Zero, ticking: false))
        {
            quiet.Phase("x");
            quiet.Report(1, 2);
        }

        using (var early = new ProgressBar(error, enabled: true, "types", TimeSpan.FromHours(1), ticking: false))
        {
            early.Phase("x");
            early.Report(1, 2);
            early.Refresh();
        }

        Assert.Equal(string.Empty, error.ToString());
    }
}
