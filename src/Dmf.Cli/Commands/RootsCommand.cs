using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Parsing;

namespace Dmf.Cli.Commands;

/// <summary><c>dmf roots</c>: the positive roots of f(·; y) for each y, exactly, with the thresholds.</summary>
internal static class RootsCommand
{
    /// <summary>Largest accepted depth.</summary>
    public const int MaxDepth = 1000;

    /// <summary>Largest accepted number of y values.</summary>
    public const int MaxValues = 100_000;

    /// <summary>The largest depth × digits refined (measured: depth 100 with 300 digits, depth 1000 with 30, in about 5 s or less).</summary>
    internal const int MaxDepthTimesDigits = 30_000;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var depth = new Option<string>("--depth") { Description = "Depth L >= 2.", DefaultValueFactory = _ => "3", HelpName = "L" };
        var lambda = new Option<string?>("--lambda")
        {
            Description = "The L regularization weights lambda_1..lambda_L, comma-separated, exact (e.g. 0.5,0.8,1.2 or 1/2,4/5,6/5), or one value for every layer (default at depth 3: 0.5,0.8,1.2).",
            HelpName = "l1,...,lL",
        };
        var y = new Option<string>("--y")
        {
            Description = "Singular values y_j >= 0 of Y, comma-separated, exact (default 2,1.6).",
            DefaultValueFactory = _ => "2,1.6",
            HelpName = "y1,...,yk",
        };
        var digits = new Option<string>("--digits") { Description = "Digits after the decimal point, 1..1000.", DefaultValueFactory = _ => "12", HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Write JSON (camelCase) with exact defining polynomials and isolating intervals." };

        var command = new Command(
            "roots",
            "Positive roots of f(x; y) = x^(2L-1) - sqrt(lambda)*y*x^(L-1) + lambda*x for each y, labeled x-, x+ or x*, " +
            "with exact comparisons of y against y_crit and y_glob. Default: the L = 3 example of docs/theory.md section 5.")
        {
            depth, lambda, y, digits, json,
        };

        command.SetAction(parsed =>
        {
            int l = InputParsing.ParseInteger("--depth", parsed.GetValue(depth)!, 2, MaxDepth, "the depth L");
            var lambdas = InstanceOptions.Lambdas(parsed.GetValue(lambda), l);

            var ys = InputParsing.ParseRationalList("--y", parsed.GetValue(y)!, MaxValues);
            foreach (var value in ys)
            {
                if (value.Sign < 0)
                {
                    throw new UsageException($"--y: singular values must be nonnegative, got {value.ToExactString()}");
                }
            }

            int n = InputParsing.ParseInteger("--digits", parsed.GetValue(digits)!, 1, 1000, "digits after the decimal point");
            if ((long)lambdas.Count * n > MaxDepthTimesDigits)
            {
                // Exact refinement costs grow with depth × digits; refused up front rather than run for minutes.
                throw new UsageException(Invariant($"--digits: {n} digits at depth {lambdas.Count} is more than runs in seconds (depth x digits <= {MaxDepthTimesDigits:N0}): at most {MaxDepthTimesDigits / lambdas.Count} digits at this depth"));
            }

            var report = RootsReport.Build(lambdas, ys, n);
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(json))
            {
                RootsJsonRenderer.Render(report, output);
            }
            else
            {
                RootsTextRenderer.Render(report, output);
            }

            return ExitCodes.Success;
        });

        return command;
    }
}
