using Dmf.Cli.Parsing;
using Dmf.Verify.Descent;

namespace Dmf.Cli.Input;

/// <summary>
/// The options of a descent experiment, shared by <c>dmf descend</c> and <c>dmf sweep</c>: runs, seed, initial scale,
/// first step, iterations, tolerance and optimizer, parsed into <see cref="DescentOptions"/> with one-line errors.
/// </summary>
internal sealed class DescentOptionSet
{
    private readonly Option<string> _runs;
    private readonly Option<string> _seed = new("--seed") { Description = "Seed of run 0; run r uses seed + r.", DefaultValueFactory = _ => "1", HelpName = "S" };
    private readonly Option<string> _scale = new("--init-scale") { Description = "Initial entries of W_l ~ N(0, c^2/d_(l-1)).", DefaultValueFactory = _ => "1", HelpName = "c" };
    private readonly Option<string> _step = new("--step") { Description = "Step size: gd's first step (then Barzilai-Borwein steps with Armijo backtracking), or every step of --optimizer constant.", DefaultValueFactory = _ => "0.1", HelpName = "eta" };
    private readonly Option<string> _maxIterations = new("--max-iters") { Description = "Iterations per run.", DefaultValueFactory = _ => "20000", HelpName = "K" };
    private readonly Option<string> _tolerance = new("--tol") { Description = "Stop when ||grad F|| <= tol.", DefaultValueFactory = _ => "1e-6", HelpName = "eps" };
    private readonly Option<string> _optimizer = new("--optimizer") { Description = "gd (gradient descent, Barzilai-Borwein + Armijo), lbfgs, or constant (plain gradient descent W <- W - step*grad F, the edge-of-stability audit).", DefaultValueFactory = _ => "gd", HelpName = "gd|lbfgs|constant" };
    private readonly int _maxRuns;

    /// <summary>The options, with <paramref name="defaultRuns"/> runs by default and at most <paramref name="maxRuns"/>.</summary>
    public DescentOptionSet(int defaultRuns, int maxRuns, string runsMeaning)
    {
        _maxRuns = maxRuns;
        string text = defaultRuns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _runs = new Option<string>("--runs") { Description = runsMeaning, DefaultValueFactory = _ => text, HelpName = "N" };
        _optimizer.CompletionSources.Add("gd", "lbfgs", "constant");
    }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => new Option[] { _runs, _seed, _scale, _step, _optimizer, _maxIterations, _tolerance };

    /// <summary>The option the user wrote among --step and --optimizer (a step sweep sets both itself), or null.</summary>
    public string? StepOrOptimizerGiven(ParseResult parsed) =>
        parsed.GetResult(_step) is { Implicit: false } ? "--step"
        : parsed.GetResult(_optimizer) is { Implicit: false } ? "--optimizer"
        : null;

    /// <summary>The parsed settings.</summary>
    public DescentOptions Build(ParseResult parsed) => new(
        InputParsing.ParseInteger("--runs", parsed.GetValue(_runs)!, 1, _maxRuns, "number of descents"),
        InputParsing.ParseInteger("--seed", parsed.GetValue(_seed)!, 0, int.MaxValue / 2, "the seed"),
        InputParsing.ParsePositiveNumber("--init-scale", parsed.GetValue(_scale)!),
        InputParsing.ParsePositiveNumber("--step", parsed.GetValue(_step)!),
        InputParsing.ParseInteger("--max-iters", parsed.GetValue(_maxIterations)!, 1, 10_000_000, "iterations per run"),
        InputParsing.ParsePositiveNumber("--tol", parsed.GetValue(_tolerance)!),
        parsed.GetValue(_optimizer)!.Trim() switch
        {
            "gd" => Optimizer.GradientDescent,
            "lbfgs" => Optimizer.Lbfgs,
            "constant" => Optimizer.ConstantStep,
            var other => throw new UsageException($"--optimizer expects gd, lbfgs or constant, got '{other}'"),
        });
}
