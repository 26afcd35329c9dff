using System.Diagnostics;
using Dmf.Cli.Output;

namespace Dmf.Cli.Tests;

/// <summary>
/// Every command that writes files, against targets that must not be replaced or half-written: devices, FIFOs,
/// read-only files, directories where a file goes, missing directories, empty paths; multi-file outputs all or nothing.
/// Each case also checks what is on disk afterwards.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class OutputTargetTests
{
    /// <summary>Each command with the option that names its output file, and cheap arguments.</summary>
    public static TheoryData<string> FileCommands() => new() { "analyze", "generate", "plot roots", "plot phase", "plot slice", "plot descent" };

    private static string[] Command(string command, string target) => command switch
    {
        "analyze" => new[] { "analyze", "--no-numeric", "--out", target },
        "generate" => new[] { "generate", "--depth", "2", "-o", target },
        _ => command.Split(' ').Concat(new[] { "-o", target, "--width", "200", "--height", "200" }).ToArray(),
    };

    private static string Scratch() => Directory.CreateTempSubdirectory("dmf-out-").FullName;

    /// <summary>A file name the command writes under: a picture's is a .png (plot refuses another extension), the rest any.</summary>
    private static string Named(string command, string stem) => stem + (command.StartsWith("plot", StringComparison.Ordinal) ? ".png" : ".out");

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void A_full_device_is_written_through_and_reported_not_replaced(string command)
    {
        var result = CliRunner.Run(Command(command, "/dev/full"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(command is "plot slice" or "plot descent" ? "takes one picture" : "No space left on device", result.Error);
        Assert.Contains("'/dev/full'", result.Error);
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/full"));
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void The_null_device_takes_the_output_and_stays_a_device(string command)
    {
        var result = CliRunner.Run(Command(command, "/dev/null"));
        if (command is "plot slice" or "plot descent")
        {
            // Two pictures, the second named after the first: beside a device it has no place, so it is refused.
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("takes one picture", result.Error);
        }
        else
        {
            Assert.True(result.ExitCode == 0, result.Error);
        }

        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.False(File.Exists("/dev/null-roots.png"));
        Assert.False(File.Exists("/dev/null-plane.png"));
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void A_read_only_file_is_refused_and_left_as_it_was(string command)
    {
        string path = Path.Combine(Scratch(), Named(command, "ro"));
        File.WriteAllText(path, "keep");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var result = CliRunner.Run(Command(command, path));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("read-only (mode 0444)", result.Error);
        Assert.Equal("keep", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(path));
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void A_directory_named_as_the_file_is_refused_before_any_work(string command)
    {
        string directory = Scratch();
        string path = Path.Combine(directory, "adir");
        Directory.CreateDirectory(path);
        var result = CliRunner.Run(Command(command, path));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("it is a directory", result.Error);
        Assert.Single(Directory.GetFileSystemEntries(directory));
    }

    [Theory]
    [MemberData(nameof(FileCommands))]
    public void A_missing_directory_and_an_empty_path_are_one_line_errors(string command)
    {
        string missing = Path.Combine(Scratch(), "missing", Named(command, "out"));
        var result = CliRunner.Run(Command(command, missing));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Single(result.Error.Trim().Split('\n'));

        var empty = CliRunner.Run(Command(command, string.Empty));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("the path is empty", empty.Error);
    }

    [Fact]
    public async Task A_fifo_is_written_through_to_its_reader()
    {
        string fifo = Path.Combine(Scratch(), "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var reader = Task.Run(() => File.ReadAllText(fifo));
        var result = CliRunner.Run("generate", "--depth", "2", "-o", fifo);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("// <auto-generated/>", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
    }

    [Fact]
    public void A_symbolic_link_is_written_through_not_replaced()
    {
        string directory = Scratch();
        string real = Path.Combine(directory, "real.cs");
        string link = Path.Combine(directory, "link.cs");
        File.WriteAllText(real, new string('x', 50_000));
        File.CreateSymbolicLink(link, real);
        Assert.Equal(0, CliRunner.Run("generate", "--depth", "2", "-o", link).ExitCode);
        Assert.Equal(FileKind.Link, FileKinds.Of(link));
        Assert.StartsWith("// <auto-generated/>", File.ReadAllText(real));
        Assert.DoesNotContain("xxxx", File.ReadAllText(real));
    }

    [Fact]
    public void Slice_writes_both_pictures_or_neither()
    {
        string directory = Scratch();
        Directory.CreateDirectory(Path.Combine(directory, "x-plane.png"));
        var result = CliRunner.Run("plot", "slice", "-o", Path.Combine(directory, "x.png"), "--width", "200", "--height", "200");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("x-plane.png", result.Error);
        Assert.False(File.Exists(Path.Combine(directory, "x.png")));

        var stdout = CliRunner.Run("plot", "slice", "-o", "-");
        Assert.Equal(2, stdout.ExitCode);
        Assert.Contains("takes one picture", stdout.Error);
    }

    [Fact]
    public void A_report_whose_picture_cannot_be_written_leaves_nothing()
    {
        string directory = Scratch();
        Directory.CreateDirectory(Path.Combine(directory, "r-phase.png"));
        var result = CliRunner.Run("analyze", "--no-numeric", "--out", Path.Combine(directory, "r.md"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(new[] { "r-phase.png" }, Directory.GetFileSystemEntries(directory).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void Descend_checks_its_directory_and_files_before_the_runs()
    {
        string directory = Scratch();
        Directory.CreateDirectory(Path.Combine(directory, "d", "descend.md"));
        var result = CliRunner.Run("descend", "--runs", "5", "--out", Path.Combine(directory, "d"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("descend.md", result.Error);
        Assert.Equal(new[] { "descend.md" }, Directory.GetFileSystemEntries(Path.Combine(directory, "d")).Select(Path.GetFileName).ToArray());
        Assert.DoesNotContain("runs", result.Output); // refused before the descents: nothing was printed

        File.WriteAllText(Path.Combine(directory, "file"), "x");
        var notDirectory = CliRunner.Run("descend", "--runs", "5", "--out", Path.Combine(directory, "file"));
        Assert.Equal(2, notDirectory.ExitCode);
        Assert.Contains("not a directory", notDirectory.Error);
    }

    [Fact]
    public void A_directory_that_cannot_be_created_is_refused_before_the_runs_and_nothing_is_left()
    {
        // A 300-character name exceeds NAME_MAX on every Linux file system, for every user.
        string scratch = Scratch();
        string directory = Path.Combine(scratch, "new", new string('d', 300));
        var result = CliRunner.Run("descend", "--runs", "5", "--out", directory);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("dmf: --out: cannot create '", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
        Assert.False(Directory.Exists(Path.Combine(scratch, "new")));
    }

    [Fact]
    public void Descend_into_a_new_directory_writes_all_three_files()
    {
        string directory = Path.Combine(Scratch(), "new", "deeper");
        Assert.Equal(0, CliRunner.Run("descend", "--runs", "5", "--out", directory).ExitCode);
        Assert.Equal(new[] { "descend.md", "descent-loss.png", "descent.png" }, Directory.GetFiles(directory).Select(Path.GetFileName).OrderBy(x => x, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Standard_output_that_fails_is_exit_2_with_the_reason()
    {
        var result = RunWithBrokenOutput("analyze", "--no-numeric", "--json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write standard output: No space left on device", result.Error);
    }

    [Fact]
    public void A_dash_is_standard_output()
    {
        var result = CliRunner.Run("generate", "--depth", "2", "-o", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("// <auto-generated/>", result.Output);
        Assert.False(File.Exists("-"));
    }

    private static CliResult RunWithBrokenOutput(params string[] args)
    {
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = DmfApp.Run(args, new StandardOutputWriter(new FullDevice()), error);
        return new CliResult(exitCode, string.Empty, error.ToString());
    }

    /// <summary>A writer that fails like /dev/full.</summary>
    private sealed class FullDevice : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}

public class OutputDirectoryTests
{
    [Theory]
    [InlineData("analyze", "--exact", "--no-numeric", "--smt-out")]
    [InlineData("audit", "--depth", "2", "--smt-out")]
    public void A_file_named_as_the_query_directory_is_refused_before_any_solver_runs(params string[] arguments)
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("dmf-out-").FullName, "queries");
        File.WriteAllText(file, "keep");
        var result = CliRunner.Run(arguments.Append(file).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a directory", result.Error);
        Assert.Equal("keep", File.ReadAllText(file));
    }
}
