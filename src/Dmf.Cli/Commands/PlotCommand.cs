using Dmf.Cli.Input;
using Dmf.Cli.Output;
using Dmf.Cli.Parsing;
using Dmf.Plots;
using Dmf.Verify.Descent;
using Dmf.Verify.Instance;
using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Cli.Commands;

/// <summary><c>dmf plot roots|phase|slice|descent</c>: PNG pictures of an instance (ScottPlot), written atomically.</summary>
internal static class PlotCommand
{
    /// <summary>Builds the command with its four subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("plot", "Pictures (PNG, default 800x600): roots, phase, slice, descent. Default instance: the L = 3 example of docs/theory.md section 5.")
        {
            Picture("roots", "psi(x) with the instance's y values: the roots of f(x; y) marked, y_crit and y_glob drawn.", (instance, _, size) => new[] { ("", RootsPicture.Render(instance, size)) }),
            Picture("phase", "The (y, lambda) plane: regions with 0 / 1 / 2 positive roots, the global threshold curve, the instance marked.", (instance, _, size) => new[] { ("", PhasePicture.Render(instance, size)) }),
            Slice(),
            Descent(),
        };
        return command;
    }

    private static Command Picture(string name, string description, Func<DmfInstance, ParseResult, PictureSize, (string Suffix, byte[] Png)[]> render, params Option[] extra) =>
        Picture(name, description, new[] { string.Empty }, render, extra);

    /// <summary>A picture command writing one PNG per suffix in <paramref name="suffixes"/> (the first "": the file named by -o).</summary>
    private static Command Picture(string name, string description, string[] suffixes, Func<DmfInstance, ParseResult, PictureSize, (string Suffix, byte[] Png)[]> render, params Option[] extra)
    {
        var instanceOptions = new InstanceOptions();
        var output = new Option<string>("--out", "-o") { Description = "The picture's file: PNG (.png), or SVG when it ends in .svg; - for standard output.", DefaultValueFactory = _ => name + ".png", HelpName = "FILE" };
        var width = new Option<string>("--width") { Description = "Width in pixels, 200..4000.", DefaultValueFactory = _ => "800", HelpName = "W" };
        var height = new Option<string>("--height") { Description = "Height in pixels, 200..4000.", DefaultValueFactory = _ => "600", HelpName = "H" };
        var command = new Command(name, description);
        foreach (var option in instanceOptions.All.Concat(new Option[] { output, width, height }).Concat(extra))
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            // Every picture's target is checked before anything is rendered.
            string path = parsed.GetValue(output)!;
            // The file is what its name says: PNG or SVG (no extension, a device or "-": PNG).
            string extension = path == "-" ? string.Empty : Path.GetExtension(path);
            if (extension.Length > 0 && !extension.Equals(".png", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--out: '{path}': pictures are written as PNG (.png) or SVG (.svg), not as {extension}");
            }

            var inputs = instanceOptions.Inputs(parsed);
            var first = OutputTarget.Check(path, "--out", inputs: inputs);
            if (suffixes.Length > 1 && first.Mode != OutputMode.Replace)
            {
                // The other pictures are named after a file; beside a device, a link or standard output they have no place.
                string what = first.Mode == OutputMode.StandardOutput ? "'-' (standard output)" : $"'{path}' (not a regular file)";
                throw new UsageException(Invariant($"--out: {what} takes one picture; plot {name} writes {suffixes.Length}: give a file name"));
            }

            var targets = suffixes.ToDictionary(suffix => suffix, suffix => suffix.Length == 0 ? first : OutputTarget.Check(PictureName(path, suffix), "--out", inputs: inputs));
            var instance = instanceOptions.Build(parsed);
            var size = new PictureSize(
                InputParsing.ParseInteger("--width", parsed.GetValue(width)!, 200, 4000, "picture width in pixels"),
                InputParsing.ParseInteger("--height", parsed.GetValue(height)!, 200, 4000, "picture height in pixels"),
                PictureSize.FormatOf(path));
            (string Suffix, byte[] Png)[] pictures;
            try
            {
                pictures = render(instance, parsed, size);
            }
            catch (ArgumentException exception)
            {
                throw new UsageException(exception.Message.TrimEnd('.'));
            }

            var files = new OutputSet();
            foreach (var (suffix, png) in pictures)
            {
                files.Bytes(targets[suffix], png);
            }

            files.Commit(parsed.InvocationConfiguration.Output);
            foreach (var (suffix, _) in pictures)
            {
                string written = PictureName(path, suffix);
                if (written != "-")
                {
                    parsed.InvocationConfiguration.Output.WriteLine(Invariant($"wrote {written} ({size.Width}x{size.Height})"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The file of the picture with <paramref name="suffix"/>: PATH itself for "", else the stem + suffix + extension beside it ("-" stays standard output).</summary>
    private static string PictureName(string path, string suffix) =>
        suffix.Length == 0 || path == "-" ? path : Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + suffix + Path.GetExtension(path));

    private static Command Slice()
    {
        var type = new Option<string?>("--type") { Description = "The critical-point type, as analyze prints it, e.g. \"[x+, x-]\" (default: the first strict saddle, else the global minimizer).", HelpName = "TYPE" };
        var radius = new Option<string>("--radius") { Description = "Half-width of the slice.", DefaultValueFactory = _ => "0.5", HelpName = "r" };
        return Picture(
            "slice",
            "F along two lines and over a plane through a critical point: the smallest-curvature Hessian eigenvector and the balanced scaling (writes FILE and FILE-plane).",
            new[] { string.Empty, "-plane" },
            (instance, parsed, size) =>
            {
                if (!DepthKernels.IsAvailable(instance.Depth))
                {
                    throw new UsageException(Invariant($"slices use generated kernels for depths {DepthKernels.MinDepth}..{DepthKernels.MaxDepth}; got depth {instance.Depth}"));
                }

                var space = instance.Types();
                string? wanted = parsed.GetValue(type);
                // The default is analyze's first strict saddle (the lowest-loss one); a type may be typed with or without
                // spaces and brackets, as analyze prints it in each row ("type [x+, x-]").
                string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Trim('[', ']');
                var chosen = wanted is null
                    ? LossOrderedTypes.Enumerate(space).Take(100_000).FirstOrDefault(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.StrictSaddle)
                      ?? space.EnumerateOrdered().First(t => CriticalPointClassifier.Classify(space, t).Class == PointClass.GlobalMinimizer)
                    : space.Enumerate(limit: 100_000).FirstOrDefault(t => Compact(t.ToString()) == Compact(wanted))
                      ?? throw new UsageException($"--type: '{wanted}' is not a critical-point type of this instance (analyze prints each row's type, e.g. [x+, x-])");
                double r = InputParsing.ParsePositiveNumber("--radius", parsed.GetValue(radius)!);
                try
                {
                    return new[] { ("", SlicePictures.Line(instance, chosen, r, size)), ("-plane", SlicePictures.Plane(instance, chosen, r, size)) };
                }
                catch (ArgumentOutOfRangeException exception) when (exception.ParamName == "radius")
                {
                    throw new UsageException(Invariant($"--radius {parsed.GetValue(radius)}: {exception.Message.Split(" (Parameter", StringSplitOptions.None)[0]}"));
                }
            },
            type,
            radius);
    }

    private static Command Descent()
    {
        var descent = new DescentOptionSet(100, 100_000, "Number of descents, 1..100000.");
        return Picture(
            "descent",
            "The histogram of types reached by gradient descent (as dmf descend, with its options) and the loss curves of the first runs (writes FILE and FILE-loss).",
            new[] { string.Empty, "-loss" },
            (instance, parsed, size) =>
            {
                DescendCommand.RequireKernels(instance.Widths);
                var report = DescentExperiment.Run(instance, descent.Build(parsed));
                return new[] { ("", DescentPictures.Histogram(report, size)), ("-loss", DescentPictures.LossCurves(report, size)) };
            },
            descent.All.ToArray());
    }
}
