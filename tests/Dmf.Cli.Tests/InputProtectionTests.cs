namespace Dmf.Cli.Tests;

/// <summary>
/// Nothing the user owns is lost (issue 32): an output that would replace an input (also through a link, or as a report's
/// picture), or a read-only file behind a link, is refused before any work — exit 2, one line naming both paths — and
/// every output target that cannot take a new file is refused before the work, not after it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class InputProtectionTests
{
    private static string Scratch() => Directory.CreateTempSubdirectory("dmf-in-").FullName;

    [Theory]
    [InlineData("analyze", "-o", "y.csv")]
    [InlineData("plot roots", "-o", "y.png")]
    public void The_data_matrix_is_never_replaced_by_the_output(string command, string option, string name)
    {
        string folder = Scratch();
        string y = Path.Combine(folder, name);
        File.WriteAllText(y, "2,0\n0,1.6\n");
        var result = CliRunner.Run(command.Split(' ').Concat(new[] { "--y-matrix", y, option, y }).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is the input of --y-matrix", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Equal("2,0\n0,1.6\n", File.ReadAllText(y));
    }

    [Fact]
    public void A_report_picture_may_not_replace_the_input_nor_may_a_link_to_it()
    {
        string folder = Scratch();
        string picture = Path.Combine(folder, "report-roots.png");
        File.WriteAllText(picture, "2,0\n0,1.6\n");
        var sidecar = CliRunner.Run("analyze", "--no-numeric", "--y-matrix", picture, "-o", Path.Combine(folder, "report.md"));
        Assert.Equal(2, sidecar.ExitCode);
        Assert.Contains("report-roots.png", sidecar.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "report.md")));

        string link = Path.Combine(folder, "link.csv");
        File.CreateSymbolicLink(link, picture);
        var through = CliRunner.Run("analyze", "--no-numeric", "--y-matrix", link, "-o", picture);
        Assert.Equal(2, through.ExitCode);
        Assert.Contains("is the input of --y-matrix", through.Error, StringComparison.Ordinal);
        Assert.Equal("2,0\n0,1.6\n", File.ReadAllText(picture));
    }

    [Fact]
    public void A_link_to_a_read_only_file_is_refused_even_for_root()
    {
        string folder = Scratch();
        string file = Path.Combine(folder, "ro.md");
        File.WriteAllText(file, "keep");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        string link = Path.Combine(folder, "l.md");
        File.CreateSymbolicLink(link, file);
        var result = CliRunner.Run("analyze", "--no-numeric", "-o", link);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("link to the read-only file", result.Error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public void Targets_that_take_no_new_file_are_refused_before_the_work()
    {
        // /proc and /sys exist but take no files: refused at once, and the message shows no temporary name.
        // Nothing on standard output: the analysis and the sweep never ran (they print their tables before writing files).
        var report = CliRunner.Run("analyze", "--exact", "-o", "/proc/r.md");
        Assert.Equal(2, report.ExitCode);
        Assert.Contains("'/proc/r.md'", report.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", report.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, report.Output);
        var sweep = CliRunner.Run("sweep", "--runs", "400", "-o", "/sys");
        Assert.Equal(2, sweep.ExitCode);
        Assert.Contains("'/sys'", sweep.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, sweep.Output);
    }

    [Theory]
    [InlineData("analyze", "--exact", "--no-numeric")]
    [InlineData("audit", "--depth", "2")]
    public void Queries_are_not_mixed_with_another_runs(params string[] command)
    {
        string folder = Scratch();
        string other = Path.Combine(folder, "001-other.smt2");
        File.WriteAllText(other, "(check-sat)\n");
        var result = CliRunner.Run(command.Concat(new[] { "--smt-out", folder }).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already holds 1 .smt2 queries", result.Error, StringComparison.Ordinal);
        Assert.Equal(new[] { other }, Directory.GetFiles(folder));
    }

    [Fact]
    public void An_input_reached_through_a_linked_directory_is_recognized()
    {
        string folder = Scratch();
        string data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        string y = Path.Combine(data, "y.csv");
        File.WriteAllText(y, "2,0\n0,1.6\n");
        string linked = Path.Combine(folder, "linked");
        Directory.CreateSymbolicLink(linked, data);
        var result = CliRunner.Run("analyze", "--no-numeric", "--y-matrix", Path.Combine(linked, "y.csv"), "-o", y);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is the input of --y-matrix", result.Error, StringComparison.Ordinal);
        Assert.Equal("2,0\n0,1.6\n", File.ReadAllText(y));
    }
}
