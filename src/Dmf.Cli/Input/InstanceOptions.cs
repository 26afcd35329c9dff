using Dmf.Cli.Input.Matrix;
using Dmf.Cli.Parsing;
using Dmf.Verify.Instance;

namespace Dmf.Cli.Input;

/// <summary>
/// The options that describe an instance (depth, widths, λ, Y by values or as a matrix file), shared by the commands
/// that analyze one. With none given, the built-in example of docs/theory.md §5 (L = 3, Y = diag(2, 1.6), widths 2, λ =
/// 0.5, 0.8, 1.2).
/// </summary>
internal sealed class InstanceOptions
{
    /// <summary>The default example's λ (L = 3).</summary>
    public const string ExampleLambdas = "0.5,0.8,1.2";

    /// <summary>The default example's singular values.</summary>
    public const string ExampleValues = "2,1.6";

    private readonly Option<string> _depth = new("--depth") { Description = "Depth L >= 2.", DefaultValueFactory = _ => "3", HelpName = "L" };

    private readonly Option<string?> _widths = new("--widths")
    {
        Description = "Widths d_0,...,d_L (L+1 values; default: every width = d_Y, the number of singular values or min of the matrix's shape).",
        HelpName = "d0,...,dL",
    };

    private readonly Option<string?> _lambda = new("--lambda")
    {
        Description = "lambda_1,...,lambda_L > 0, exact (one value = the same for every layer; default 0.5,0.8,1.2 for L = 3).",
        HelpName = "l1,...,lL",
    };

    private readonly Option<string?> _y = new("--y") { Description = "Singular values of Y, comma-separated, exact; Y = diag(y) (default 2,1.6).", HelpName = "y1,...,yk" };

    private readonly Option<string?> _yMatrix = new("--y-matrix")
    {
        Description = "Y as a d_L x d_0 matrix: text (CSV, semicolons, TSV or whitespace), JSON ([[...],...]), Matrix Market (.mtx) or NumPy (.npy) file, or - for standard input; singular values exact or certified (proved enclosures), as the output states.",
        HelpName = "FILE",
    };

    private readonly Option<string?> _delimiter = new("--delimiter")
    {
        Description = "With a text --y-matrix: the text between fields (',', ';', 'tab', 'whitespace', ...; default: the first data line's), as np.loadtxt's delimiter.",
        HelpName = "TEXT",
    };

    private readonly Option<string> _skipRows = new("--skip-rows")
    {
        Description = "With a text --y-matrix: skip this many lines at the top (comments and blank lines counted), as np.loadtxt's skiprows.",
        DefaultValueFactory = _ => "0",
        HelpName = "N",
    };

    private readonly Option<string> _comments = new("--comments")
    {
        Description = "With a text --y-matrix: the characters that start a comment, to the end of the line ('' for none), as np.loadtxt's comments.",
        DefaultValueFactory = _ => "#",
        HelpName = "TEXT",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => new Option[] { _depth, _widths, _lambda, _y, _yMatrix, _delimiter, _skipRows, _comments };

    /// <summary>The files these options read (the --y-matrix file), which no output may replace.</summary>
    public InputFiles Inputs(ParseResult parsed) => InputFiles.Of(("--y-matrix", parsed.GetValue(_yMatrix)));

    /// <summary>
    /// The instance the parsed options describe; bad values throw <see cref="UsageException"/>. <paramref name="checkWidths"/>
    /// sees the widths d_0..d_L before Y is decomposed, so a command's own limits (e.g. the numeric check's size) are
    /// checked before the expensive work.
    /// </summary>
    public DmfInstance Build(ParseResult parsed, Action<IReadOnlyList<int>>? checkWidths = null)
    {
        int depth = InputParsing.ParseInteger("--depth", parsed.GetValue(_depth)!, 2, DmfInstance.MaxDepth, "the depth L");
        var lambdas = Lambdas(parsed.GetValue(_lambda), depth);
        string? yText = parsed.GetValue(_y);
        string? matrixPath = parsed.GetValue(_yMatrix);
        if (yText is not null && matrixPath is not null)
        {
            throw new UsageException("give Y either by its singular values (--y) or as a matrix (--y-matrix), not both");
        }

        if (matrixPath is null && FirstLayoutOption(parsed) is { } layoutOption)
        {
            throw new UsageException($"{layoutOption} describes the text file of --y-matrix; give one");
        }

        try
        {
            if (matrixPath is not null)
            {
                var error = parsed.InvocationConfiguration.Error;
                var matrix = DataMatrixFile.Read(matrixPath, Layout(parsed), note => error.WriteLine("dmf: " + note));
                int rows = matrix.Rows, columns = matrix.Columns;
                var widths = Widths(parsed.GetValue(_widths), depth, columns, rows, Math.Min(rows, columns));
                checkWidths?.Invoke(widths);
                return DmfInstance.FromMatrix(widths, lambdas, matrix);
            }

            var ys = InputParsing.ParseRationalList("--y", yText ?? ExampleValues, DmfInstance.MaxWidth);
            var given = Widths(parsed.GetValue(_widths), depth, ys.Count, ys.Count, ys.Count);
            checkWidths?.Invoke(given);
            return DmfInstance.FromSingularValues(given, lambdas, ys);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException(exception.Message.TrimEnd('.'));
        }
    }

    // The layout of a text matrix, from --delimiter, --skip-rows and --comments (checked before the file is read).
    private TextLayout Layout(ParseResult parsed) => new(
        parsed.GetValue(_delimiter) is { } delimiter ? TextLayout.ParseDelimiter(delimiter) : null,
        InputParsing.ParseInteger("--skip-rows", parsed.GetValue(_skipRows)!, 0, int.MaxValue, "lines to skip at the top"),
        TextLayout.ParseComments(parsed.GetValue(_comments)!));

    private string? FirstLayoutOption(ParseResult parsed) =>
        new Option[] { _delimiter, _skipRows, _comments }.FirstOrDefault(option => parsed.GetResult(option) is { Implicit: false })?.Name;

    /// <summary>λ_1..λ_L from --lambda: L values, or one for every layer; absent, the example's (depth 3 only). Shared by every command taking λ.</summary>
    internal static IReadOnlyList<BigRational> Lambdas(string? text, int depth)
    {
        if (text is null)
        {
            if (depth != 3)
            {
                throw new UsageException(Invariant($"--lambda is needed for depth {depth}: one value for every layer, or {depth} values"));
            }

            text = ExampleLambdas;
        }

        var lambdas = InputParsing.ParseRationalList("--lambda", text, DmfInstance.MaxDepth);
        if (lambdas.Count == 1)
        {
            lambdas = Enumerable.Repeat(lambdas[0], depth).ToList();
        }

        if (lambdas.Count != depth)
        {
            throw new UsageException(Invariant($"--lambda needs one value per layer: depth {depth} needs {depth} values (or one for all), got {lambdas.Count} ('{text}')"));
        }

        for (int l = 0; l < depth; l++)
        {
            if (lambdas[l].Sign <= 0)
            {
                throw new UsageException(Invariant($"--lambda: lambda_{l + 1} must be positive, got {lambdas[l].ToExactString()}"));
            }
        }

        return lambdas;
    }

    private static int[] Widths(string? text, int depth, int input, int output, int hidden)
    {
        if (text is null)
        {
            var widths = Enumerable.Repeat(hidden, depth + 1).ToArray();
            widths[0] = input;
            widths[depth] = output;
            return widths;
        }

        var items = text.Split(',');
        if (items.Length != depth + 1)
        {
            throw new UsageException(Invariant($"--widths needs L + 1 = {depth + 1} values d_0,...,d_L for depth {depth}, got {items.Length} ('{text}')"));
        }

        return items.Select((item, l) => InputParsing.ParseInteger("--widths", item, 1, DmfInstance.MaxWidth, Invariant($"width d_{l}"))).ToArray();
    }
}
