using System.Diagnostics;

namespace Dmf.Cli.Tests;

/// <summary>
/// The standard streams as a shell may leave them (issue 32): closed input, output or error, and "-" for standard input
/// wherever a file is read. Each runs the real tool under bash, which closes the descriptor before it starts.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class StandardStreamTests
{
    /// <summary>Runs `dotnet dmf.dll ARGS REDIRECTIONS` under bash; the exit code, standard output and standard error.</summary>
    private static (int ExitCode, string Output, string Error) Shell(string arguments, string redirections, string? input = null)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "dmf.dll");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet '{tool}' {arguments} {redirections}");
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dmf {arguments} {redirections} did not finish");
        }

        return (process.ExitCode, output, error.Result);
    }

    [Fact]
    public void A_closed_standard_input_is_an_error_not_a_wait()
    {
        var result = Shell("analyze --y-matrix - --no-numeric", "<&-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("dmf: --y-matrix: standard input is closed ('-' reads the matrix from it)", result.Error.Trim());
    }

    [Fact]
    public void A_piped_matrix_is_still_read()
    {
        var result = Shell("analyze --y-matrix - --no-numeric", string.Empty, "2,0\n0,1.6\n");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("singular values 2, 1.6", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_standard_output_is_one_line_and_exit_code_2()
    {
        var result = Shell("roots", ">&-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("dmf: cannot write standard output: it is closed", result.Error.Trim());
    }

    [Fact]
    public void A_closed_standard_error_keeps_the_exit_code()
    {
        var result = Shell("roots --y abc", "2>&-");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Smt_check_reads_a_query_from_standard_input()
    {
        var result = Shell("smt check -", string.Empty, "(set-logic QF_NRA)(declare-const x Real)(assert (> x 1))(check-sat)\n");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("-: sat", result.Output.Trim());
    }

    [Fact]
    public void A_json_matrix_with_a_byte_order_mark_is_read()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("dmf-bom-").FullName, "y.json");
        File.WriteAllBytes(file, new byte[] { 0xEF, 0xBB, 0xBF }.Concat("[[2, 0], [0, 1.6]]"u8.ToArray()).ToArray());
        var result = CliRunner.Run("analyze", "--y-matrix", file, "--no-numeric");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("singular values 2, 1.6", result.Output, StringComparison.Ordinal);
    }
}
