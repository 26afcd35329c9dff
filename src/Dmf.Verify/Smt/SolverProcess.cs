using System.ComponentModel;
using System.Diagnostics;

namespace Dmf.Verify.Smt;

/// <summary>
/// Runs a solver executable (z3, cvc5) with a script on standard input, reading standard output and error
/// concurrently, and kills the whole process tree when the wall-clock limit passes (a solver process can never
/// block the caller). A missing executable is an <see cref="SmtUnavailableException"/> naming the package.
/// </summary>
internal static class SolverProcess
{
    /// <summary>What the process printed on standard output, or null when it was killed at the wall-clock limit.</summary>
    public static string? Run(string executable, string package, IEnumerable<string> arguments, string? input, int wallClockMilliseconds)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new SmtUnavailableException($"'{executable}' could not be started.");
        }
        catch (Win32Exception exception)
        {
            throw new SmtUnavailableException($"The executable '{executable}' is not available ({exception.Message}). Install it (Debian/Ubuntu: apt-get install {package}).", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(wallClockMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return null;
            }

            error.Wait();
            return output.Result;
        }
    }
}
