using Dmf.Cli.Input.Matrix;
using Dmf.Verify.Spectrum;

namespace Dmf.Cli.Input;

/// <summary>
/// Reads a data matrix Y from a file or, for "-", standard input: text (CSV with commas or semicolons, TSV, or
/// whitespace-separated like NumPy's <c>savetxt</c>), JSON (an array of rows), Matrix Market (.mtx, coordinate or
/// array) or NumPy .npy (float64, C or Fortran order; each double is the exact binary value it holds). The format is the extension's (.json, .mtx, .npy), else the
/// content's (the .npy magic, the %%MatrixMarket header, a leading '['), else text, laid out as a <see cref="TextLayout"/> says (labels skipped with a note). Entries are parsed exactly under the
/// limits of <c>--y</c>; the input is bounded (<see cref="MaxFileBytes"/> for text, <see cref="MaxBinaryBytes"/> for .npy), sizes are checked as rows come (or from the
/// header), and every problem is one <see cref="UsageException"/> line naming the file, the line and the entry.
/// </summary>
internal static class DataMatrixFile
{
    /// <summary>Largest accepted number of rows or columns.</summary>
    public const int MaxSize = Dmf.Verify.Instance.DmfInstance.MaxWidth;

    /// <summary>Largest accepted input, in bytes (a file's size is checked before it is read; standard input stops there).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Largest accepted .npy input, in bytes: a float64 matrix of <see cref="MaxSize"/> × <see cref="MaxSize"/> and its header.</summary>
    public const long MaxBinaryBytes = (8L * MaxSize * MaxSize) + 65536;

    /// <summary>The matrix in <paramref name="path"/> ("-" for standard input), a text file in the default layout; notes dropped.</summary>
    public static DataMatrix Read(string path) => Read(path, TextLayout.Default, _ => { });

    /// <summary>The matrix in <paramref name="path"/> ("-" for standard input), a text file laid out as <paramref name="layout"/> says; what was skipped as labels is told to <paramref name="note"/>.</summary>
    public static DataMatrix Read(string path, TextLayout layout, Action<string> note) => Read(path, () => StandardStreams.OpenInput("--y-matrix"), layout, note);

    /// <summary>The matrix in <paramref name="path"/>, with "-" read from <paramref name="standardInput"/>; default layout, notes dropped.</summary>
    public static DataMatrix Read(string path, Func<Stream> standardInput) => Read(path, standardInput, TextLayout.Default, _ => { });

    /// <summary>The matrix in <paramref name="path"/>, with "-" read from <paramref name="standardInput"/>.</summary>
    public static DataMatrix Read(string path, Func<Stream> standardInput, TextLayout layout, Action<string> note)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(standardInput);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(note);
        bool stdin = path == "-";
        string name = stdin ? "standard input" : path;
        string extension = stdin ? string.Empty : Path.GetExtension(path).ToLowerInvariant();
        long limit = stdin || extension == ".npy" ? MaxBinaryBytes : MaxFileBytes;
        byte[] bytes = stdin ? BoundedInput.ReadAll(standardInput(), "--y-matrix", name, limit) : BoundedInput.ReadFile("--y-matrix", path, limit);
        if (extension == ".npy" || (extension != ".json" && extension != ".mtx" && NpyMatrix.Recognizes(bytes)))
        {
            RequireTextLayoutUnused(layout, name, ".npy");
            return NpyMatrix.Parse(name, bytes);
        }

        if (bytes.Length > MaxFileBytes)
        {
            throw new UsageException(Invariant($"--y-matrix: '{name}' is larger than {MaxFileBytes} bytes, the limit for text formats (a .npy file may hold up to {MaxSize} x {MaxSize} doubles)"));
        }

        if (extension == ".json")
        {
            RequireTextLayoutUnused(layout, name, "JSON");
            return Exact(JsonMatrix.Parse(name, bytes));
        }

        string text = BoundedInput.Utf8("--y-matrix", name, bytes);
        if (extension == ".mtx" || MatrixMarket.Recognizes(text))
        {
            RequireTextLayoutUnused(layout, name, "Matrix Market");
            return Exact(MatrixMarket.Parse(name, text));
        }

        if (layout == TextLayout.Default && text.TrimStart().StartsWith('['))
        {
            return Exact(JsonMatrix.Parse(name, Encoding.UTF8.GetBytes(text)));
        }

        return Exact(DelimitedMatrix.Parse(name, text, layout, note));
    }

    // --delimiter, --skip-rows and --comments describe a text matrix; given for another format, they are a mistake to name.
    private static void RequireTextLayoutUnused(TextLayout layout, string name, string format)
    {
        string? given = layout.Delimiter is not null ? "--delimiter" : layout.SkipRows != 0 ? "--skip-rows" : layout.Comments != TextLayout.Default.Comments ? "--comments" : null;
        if (given is not null)
        {
            throw new UsageException($"{given} describes a text matrix, but '{name}' is a {format} file");
        }
    }

    private static DataMatrix Exact(Dmf.Symbolic.Exact.BigRational[,] entries)
    {
        try
        {
            return DataMatrix.FromRationals(entries);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException("--y-matrix: " + exception.Message.TrimEnd('.'));
        }
    }
}
