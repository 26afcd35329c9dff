using Dmf.Cli.Commands;
using Dmf.Cli.Input;
using Dmf.Cli.Output;

namespace Dmf.Cli;

/// <summary>The <c>dmf</c> command line, runnable in process with any output writers (the tests do).</summary>
internal static class DmfApp
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, showProgress: false);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>; <paramref name="showProgress"/> allows progress bars on <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress)
    {
        // One progress line for the run, past two seconds, when stderr is a terminal; every write to either stream erases it first.
        using var progress = new ProgressBar(error, showProgress);
        if (showProgress)
        {
            output = new ProgressAwareWriter(output, progress);
            error = new ProgressAwareWriter(error, progress);
        }

        return Run(args, output, error, progress);
    }

    private static int Run(string[] args, TextWriter output, TextWriter error, ProgressBar progress)
    {
        var root = new RootCommand("dmf: derive, generate and verify the loss landscape of regularized deep matrix factorization,\n" +
                                   "F(W) = ||W_L...W_1 - Y||_F^2 + sum_l lambda_l ||W_l||_F^2 (arXiv 2506.20344).")
        {
            AnalyzeCommand.Create(progress),
            AuditCommand.Create(),
            DescendCommand.Create(progress),
            SweepCommand.Create(progress),
            PlotCommand.Create(),
            RootsCommand.Create(),
            DeriveCommand.Create(),
            GenerateCommand.Create(),
            SmtCommand.Create(),
        };

        HelpText.AddEpilogues(root);
        if (args.Length == 1 && args[0] == "--version")
        {
            output.WriteLine(VersionText());
            return ExitCodes.Success;
        }

        // The kernels read DMF_NUM_THREADS themselves and fall back to the core count on a value they cannot use; the tool
        // says so instead of guessing (like a bad option).
        if (Environment.GetEnvironmentVariable(Dmf.Kernels.KernelThreads.EnvironmentVariable) is { } threads
            && !(int.TryParse(threads.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) && count is >= 1 and <= 1024))
        {
            error.WriteLine($"dmf: {Dmf.Kernels.KernelThreads.EnvironmentVariable}={ErrorText.Shorten(threads)}: expected the number of threads the kernels may use, an integer from 1 to 1024");
            return ExitCodes.BadInput;
        }

        // No response files: an argument starting with '@' is a value (a C# identifier like @class), not a file to read.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (TokenSuggestion.For(parsed) is { } unknown)
        {
            error.WriteLine($"dmf: {OneLine(unknown)}");
            return ExitCodes.BadInput;
        }

        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"dmf: {MissingValue(parsed.Errors[0]) ?? OneLine(parsed.Errors[0].Message)} (see '{TokenSuggestion.Name(parsed.CommandResult.Command)} --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            progress.Phase(TokenSuggestion.Name(parsed.CommandResult.Command));
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException exception)
        {
            error.WriteLine($"dmf: {OneLine(exception.Message)}");
            return ExitCodes.BadInput;
        }
        catch (Dmf.Verify.Spectrum.UndecidedSpectrumException exception)
        {
            error.WriteLine($"dmf: {OneLine(exception.Message)}");
            return ExitCodes.NotEstablished;
        }
        catch (Exception exception)
        {
            error.WriteLine($"dmf: internal error ({exception.GetType().Name}): {OneLine(exception.Message)}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>"dmf 0.1.0" and the Z3 found (in-process libz3 and the z3 executable), or what to install.</summary>
    private static string VersionText()
    {
        string version = typeof(DmfApp).Assembly.GetName().Version is { } v ? Invariant($"{v.Major}.{v.Minor}.{v.Build}") : "unknown";
        string library, executable;
        try
        {
            library = Dmf.Verify.Smt.InProcessZ3.Load().Version + " (libz3, in process)";
        }
        catch (Dmf.Verify.Smt.SmtUnavailableException exception)
        {
            library = "not found: " + exception.Message;
        }

        try
        {
            executable = new Dmf.Verify.Smt.ProcessZ3().Version + " (z3 executable, for replaying .smt2 files)";
        }
        catch (Dmf.Verify.Smt.SmtUnavailableException)
        {
            executable = "no z3 executable (optional: 'dmf smt check FILE' replays .smt2 files on libz3)";
        }

        return $"dmf {version}\nZ3: {library}\nZ3: {executable}";
    }

    /// <summary>"--lambda needs a value (l1,...,lL)" for an option given without one, "'dmf smt check' needs FILE" for a command; else null.</summary>
    private static string? MissingValue(System.CommandLine.Parsing.ParseError parseError) => parseError.SymbolResult switch
    {
        System.CommandLine.Parsing.OptionResult { Option: var option } result when result.Tokens.Count == 0 =>
            option.HelpName is { } name ? $"{option.Name} needs a value ({name})" : $"{option.Name} needs a value",
        System.CommandLine.Parsing.ArgumentResult { Argument: var argument, Parent: System.CommandLine.Parsing.CommandResult command } result when result.Tokens.Count == 0 =>
            $"'{TokenSuggestion.Name(command.Command)}' needs {argument.HelpName ?? argument.Name}",
        _ => null,
    };

    private static string OneLine(string message) => ErrorText.OneLine(message);
}
