using Dmf.Cli;

namespace Dmf.Cli.Tests;

/// <summary>Runs <c>dmf</c> in process and captures what it writes.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);

public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = DmfApp.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
