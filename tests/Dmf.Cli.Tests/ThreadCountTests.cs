using System.Diagnostics;

namespace Dmf.Cli.Tests;

/// <summary>
/// <c>DMF_NUM_THREADS</c>, read by the kernels at start-up: a value they cannot use is one line naming it and exit code 2
/// (the tool does not fall back silently), a valid one runs; checked in a child process, since the variable is the process's.
/// </summary>
public class ThreadCountTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("2.5")]
    [InlineData("100000")]
    public void An_unusable_thread_count_is_refused_naming_it(string value)
    {
        var (exit, output, error) = Run(value, "roots", "--y", "2");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"dmf: DMF_NUM_THREADS={value}: expected the number of threads the kernels may use, an integer from 1 to 1024", error.Trim());
    }

    [Fact]
    public void A_long_thread_count_is_echoed_by_its_ends_like_any_long_value()
    {
        string value = new string('7', 5000);
        var (exit, _, error) = Run(value, "roots", "--y", "2");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal($"dmf: DMF_NUM_THREADS={value[..60]}...{value[^20..]} (5000 characters): expected the number of threads the kernels may use, an integer from 1 to 1024", error.Trim());
    }

    [Fact]
    public void A_valid_thread_count_runs()
    {
        var (exit, output, error) = Run("1", "roots", "--y", "2");
        Assert.True(exit == 0, error);
        Assert.Contains("x+", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string threads, params string[] command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dmf.dll"));
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DMF_NUM_THREADS"] = threads;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "dmf did not finish");
        return (process.ExitCode, output, error.Result);
    }
}
