using System.Text;
using Dmf.Cli.Errors;
using Dmf.Cli.Input;
using Dmf.Cli.Input.Matrix;
using Dmf.Symbolic.Exact;

namespace Dmf.Cli.Tests;

/// <summary>
/// The text files people have: pandas' <c>to_csv</c> (a header row with an empty first cell above an index column),
/// quoted fields, labels, np.loadtxt's layout options (<c>--delimiter</c>, <c>--skip-rows</c>, <c>--comments</c>);
/// what is skipped is said in one note line.
/// </summary>
public class TextMatrixLayoutTests
{
    private static readonly BigRational[,] Expected = { { 2, new(1, 2), 0 }, { new(1, 4), new(8, 5), 0 } };

    private static string Write(string name, string content)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-layout-").FullName, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        return path;
    }

    private static (BigRational[,] Matrix, List<string> Notes) Read(string content, TextLayout? layout = null)
    {
        var notes = new List<string>();
        var data = DataMatrixFile.Read(Write("y.csv", content), layout ?? TextLayout.Default, notes.Add);
        return (data.ToRationals(), notes);
    }

    public static TheoryData<string, string> Labelled() => new()
    {
        // pandas: DataFrame(a).to_csv(f) — default column names 0, 1, 2 and an index column.
        { ",0,1,2\n0,2.0,0.5,0.0\n1,0.25,1.6,0.0\n", "read line 1 as column labels and column 1 as row labels (the layout of pandas' DataFrame.to_csv); Y is the 2 x 3 matrix of the other entries" },
        // to_csv(f, quoting=csv.QUOTE_ALL), named columns and rows; R's write.csv writes the same.
        { "\"\",\"a\",\"b\",\"c\"\n\"r1\",\"2.0\",\"0.5\",\"0.0\"\n\"r2\",\"0.25\",\"1.6\",\"0.0\"\n", "read line 1 as column labels and column 1 as row labels (the layout of pandas' DataFrame.to_csv)" },
        // to_csv(f, quoting=csv.QUOTE_NONNUMERIC), CRLF line ends.
        { "\"\",\"a\",\"b\",\"c\"\r\n\"r1\",2.0,0.5,0.0\r\n\"r2\",0.25,1.6,0.0\r\n", "(the layout of pandas' DataFrame.to_csv)" },
        // to_csv(f, index=False) with named columns; savetxt(f, a, header='a b c', comments='').
        { "a,b,c\n2,0.5,0\n0.25,1.6,0\n", "read line 1 as column labels; Y is the 2 x 3 matrix" },
        { "a b c\n2 0.5 0\n0.25 1.6 0\n", "read line 1 as column labels;" },
        // Row labels only.
        { "x;2;0.5;0\ny;0.25;1.6;0\n", "read column 1 as row labels; Y is the 2 x 3 matrix" },
    };

    [Theory]
    [MemberData(nameof(Labelled))]
    public void Labels_are_skipped_and_said_in_one_note(string content, string note)
    {
        var (matrix, notes) = Read(content);
        Assert.Equal(Expected, matrix);
        Assert.Contains(note, Assert.Single(notes));
    }

    public static TheoryData<string> Unlabelled() => new()
    {
        "2,0.5,0\n0.25,1.6,0\n",
        "\"2\",\"0.5\",\"0\"\n\"0.25\",\"1.6\",\"0\"\n",
        "# savetxt header\n2 0.5 0 # first row\n0.25 1.6 0\n",
        "2.0e+00\t5.0e-01\t0\n2.5e-01\t1.6e+00\t0\n",
    };

    [Theory]
    [MemberData(nameof(Unlabelled))]
    public void Plain_and_quoted_numbers_need_no_note(string content)
    {
        var (matrix, notes) = Read(content);
        Assert.Equal(Expected, matrix);
        Assert.Empty(notes);
    }

    [Fact]
    public void Loadtxt_options_name_the_layout()
    {
        Assert.Equal(Expected, Read("exported 2024\n---\n2|0.5|0\n0.25|1.6|0\n", new TextLayout("|", 2, "#")).Matrix);
        Assert.Equal(Expected, Read("% Octave\n2 0.5 0 % a\n0.25 1.6 0\n", new TextLayout(null, 0, "%")).Matrix);
        Assert.Equal(Expected, Read("2\t0.5\t0\n0.25\t1.6\t0\n", new TextLayout(TextLayout.ParseDelimiter("tab"), 0, "#")).Matrix);
        Assert.Equal(Expected, Read("2 ,0.5, 0\n0.25,1.6,0\n", new TextLayout(",", 0, string.Empty)).Matrix);

        // A tab delimiter keeps empty fields: the missing entry is named.
        var gap = Assert.Throws<UsageException>(() => Read("2\t\t0\n0.25\t1.6\t0\n", new TextLayout("\t", 0, "#")));
        Assert.Contains("line 1, entry 2: expected a rational number, got an empty string", gap.Message, StringComparison.Ordinal);

        // Without --comments '', '#' starts a comment; with it, '#' is an entry (and not a number).
        var hash = Assert.Throws<UsageException>(() => Read("2,0.5,0\n0.25,1.6,#0\n", new TextLayout(null, 0, string.Empty)));
        Assert.Contains("line 2, entry 3: '#0' is not a number", hash.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadQuotes() => new()
    {
        { "\"2,5\",0.5,0\n0.25,1.6,0\n", "line 1, entry 1: '2,5' is not a number" },
        { "\"2,0.5,0\n0.25,1.6,0\n", "line 1: a quoted field has no closing quote" },
        { "\"2\"x,0.5,0\n0.25,1.6,0\n", "line 1: text after a closing quote" },
        { ",0,1,2\n0,2.0,0.5\n", "line 2 has 3 fields, but the labels on line 1 name 4 columns" },
    };

    [Theory]
    [MemberData(nameof(BadQuotes))]
    public void Bad_quoting_and_labels_are_named(string content, string message)
    {
        var error = Assert.Throws<UsageException>(() => Read(content));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_note_goes_to_standard_error_and_the_report_is_unchanged()
    {
        string pandas = Write("y.csv", ",0,1\n0,2.0,0.0\n1,0.0,1.6\n");
        var result = CliRunner.Run("analyze", "--y-matrix", pandas, "--no-numeric");
        var plain = CliRunner.Run("analyze", "--y", "2,1.6", "--no-numeric");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"dmf: note: --y-matrix '{pandas}': read line 1 as column labels and column 1 as row labels (the layout of pandas' DataFrame.to_csv); Y is the 2 x 2 matrix of the other entries\n", result.Error);
        Assert.Equal(plain.Output.Split('\n').Skip(2).ToArray(), result.Output.Split('\n').Skip(2).ToArray());
    }

    public static TheoryData<string[], string> BadOptions() => new()
    {
        { new[] { "--skip-rows", "2" }, "--skip-rows describes the text file of --y-matrix; give one" },
        { new[] { "--y-matrix", "NPY", "--delimiter", "," }, "--delimiter describes a text matrix, but 'NPY' is a .npy file" },
        { new[] { "--y-matrix", "CSV", "--delimiter", "." }, "--delimiter expects the text between fields" },
        { new[] { "--y-matrix", "CSV", "--delimiter", "" }, "--delimiter expects the text between fields" },
        { new[] { "--y-matrix", "CSV", "--skip-rows", "-1" }, "--skip-rows must be between 0 and" },
        { new[] { "--y-matrix", "CSV", "--comments", "1" }, "--comments expects the characters that start a comment" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Layout_options_are_checked(string[] options, string message)
    {
        string csv = Write("y.csv", "2,0\n0,1.6\n");
        string npy = Write("y.npy", "");
        File.WriteAllBytes(npy, MatrixInputTests.Npy(new[,] { { 2.0, 0 }, { 0, 1.6 } }, false, '<'));
        var args = new[] { "analyze", "--no-numeric" }.Concat(options.Select(o => o.Replace("NPY", npy, StringComparison.Ordinal).Replace("CSV", csv, StringComparison.Ordinal))).ToArray();
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message.Replace("NPY", npy, StringComparison.Ordinal), result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Npy_entries_beyond_ten_to_the_120_are_exact_dyadics()
    {
        // 1e-310 is subnormal, 1e-130 and 1e130 are past the decimal digit limit of typed input: each is the exact
        // binary value it holds, and the limits apply to the work.
        string path = Write("y.npy", "");
        File.WriteAllBytes(path, MatrixInputTests.Npy(new[,] { { 2.0, 1e-310, 1e-130 }, { 0, 1.6, 0 } }, false, '<'));
        var data = DataMatrixFile.Read(path);
        Assert.Equal(BigRational.FromDouble(1e-310), data[0, 1]);
        Assert.Equal(BigRational.FromDouble(1e-130), data[0, 2]);
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--no-numeric", "--only", "minimizers");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Instance: L = 3, widths 3,2,2,2", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_argument_is_not_echoed_whole()
    {
        string value = new('a', 100_000);
        foreach (var args in new[] { new[] { "analyze", "--widths", value }, new[] { "analyze", "--y-matrix", value }, new[] { "plot", value }, new[] { "smt", "check", value } })
        {
            var result = CliRunner.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.True(result.Error.Length < 400, result.Error[..Math.Min(400, result.Error.Length)]);
            Assert.Matches(@"\(10000\d characters\)", result.Error);
        }
    }
}
