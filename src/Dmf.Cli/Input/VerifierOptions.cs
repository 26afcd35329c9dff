using Dmf.Cli.Parsing;
using Dmf.Verify.Smt;
using Dmf.Verify.Verification;

namespace Dmf.Cli.Input;

/// <summary>
/// The solver options of the commands that prove things (<c>analyze --exact</c>, <c>audit</c>): Z3's timeout, the
/// independent second solver and its timeout, and the verifier they make.
/// </summary>
internal sealed class VerifierOptions
{
    /// <summary>The options; <paramref name="prefix"/> starts each description (e.g. "With --exact: ").</summary>
    public VerifierOptions(string prefix)
    {
        Timeout = new Option<string>("--timeout-ms")
        {
            Description = Sentence(prefix, "Z3's timeout per query in milliseconds (rlimit and a hard wall-clock limit apply too)."),
            DefaultValueFactory = _ => "10000",
            HelpName = "N",
        };
        SecondSolver = new Option<string?>("--second-solver")
        {
            Description = Sentence(prefix, "the independent solver asked every decided query: auto (default: cvc5 when it is on PATH, Debian package cvc5), cvc5 (required), or none; a contradiction is a DISAGREEMENT (exit code 1)."),
            HelpName = "auto|cvc5|none",
        };
        SecondSolver.CompletionSources.Add("auto", "cvc5", "none");
        SecondTimeout = new Option<string>("--second-timeout-ms")
        {
            Description = Sentence(prefix, "the independent solver's timeout per query in milliseconds (it corroborates; Z3 decides)."),
            DefaultValueFactory = _ => "1000",
            HelpName = "N",
        };
    }

    /// <summary>--timeout-ms.</summary>
    public Option<string> Timeout { get; }

    /// <summary>--second-solver.</summary>
    public Option<string?> SecondSolver { get; }

    /// <summary>--second-timeout-ms.</summary>
    public Option<string> SecondTimeout { get; }

    /// <summary>All three, in help order.</summary>
    public IEnumerable<Option> All => new Option[] { Timeout, SecondSolver, SecondTimeout };

    /// <summary>The name of the first of these options given explicitly on the command line, or null.</summary>
    public string? FirstGiven(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        foreach (var option in All)
        {
            if (parsed.GetResult(option) is { Implicit: false })
            {
                return option.Name;
            }
        }

        return null;
    }

    /// <summary>The verifier: Z3's workers with --timeout-ms, the second solver (if any) with --second-timeout-ms; bad values are usage errors.</summary>
    public ExactVerifier Build(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        int ms = InputParsing.ParseInteger("--timeout-ms", parsed.GetValue(Timeout)!, 1, 3_600_000, "Z3's timeout per query");
        int secondMs = InputParsing.ParseInteger("--second-timeout-ms", parsed.GetValue(SecondTimeout)!, 1, 3_600_000, "the independent solver's timeout per query");
        var independent = Z3Backend.Independent(parsed.GetValue(SecondSolver) ?? "auto");
        return new ExactVerifier(Z3Backend.Start(), Budget(ms), independent, Budget(secondMs));
    }

    private static string Sentence(string prefix, string text) =>
        prefix.Length > 0 ? prefix + text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A timeout, and a hard wall-clock limit half as long again (at least 1 s more).</summary>
    private static SmtBudget Budget(int milliseconds) =>
        SmtBudget.Default with { TimeoutMilliseconds = milliseconds, WallClockMilliseconds = milliseconds + Math.Max(1000, milliseconds / 2) };
}
