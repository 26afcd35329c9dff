using System.Buffers.Binary;
using System.Text;
using Dmf.Cli.Errors;
using Dmf.Cli.Input;
using Dmf.Symbolic.Exact;

namespace Dmf.Cli.Tests;

/// <summary>Every matrix format reads the same Y exactly; every bad file gets one line naming the file, line and entry.</summary>
public class MatrixInputTests
{
    private static readonly BigRational[,] Expected = { { new(3, 2), 0, new(-1, 4) }, { 0, 2, new(1, 10) } };

    /// <summary>The same matrix in a .npy: each double is its exact binary value (0.1 is the double nearest 1/10, not 1/10).</summary>
    private static readonly BigRational[,] ExpectedAsDoubles = { { new(3, 2), 0, new(-1, 4) }, { 0, 2, BigRational.FromDouble(0.1) } };

    private static string Write(string name, byte[] content)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-matrix-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public static TheoryData<string, string> TextFormats() => new()
    {
        { "y.csv", "# comma\n1.5, 0, -1/4\n0, 2, 0.1\n" },
        { "y.csv", "1.5;0;-0.25\n\n0;2;1/10\n" },
        { "y.tsv", "1.5\t0\t-0.25\n0\t2\t0.1\n" },
        { "y.txt", "1.500000000000000000e+00 0.000000000000000000e+00 -2.500000000000000000e-01\n0.000000000000000000e+00 2.000000000000000000e+00 1.000000000000000056e-01\n" },
        { "y.json", "[[1.5, 0, \"-1/4\"],\n [0, 2, 0.1]]" },
        { "y.mtx", "%%MatrixMarket matrix coordinate real general\n% a comment\n2 3 4\n1 1 1.5\n1 3 -0.25\n2 2 2\n2 3 0.1\n" },
        { "y.mtx", "%%MatrixMarket matrix array real general\n2 3\n1.5\n0\n0\n2\n-0.25\n0.1\n" },
        { "y.data", "[[1.5, 0, -0.25], [0, 2, 0.1]]" },
    };

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Text_formats_read_the_same_matrix(string name, string content)
    {
        var data = DataMatrixFile.Read(Write(name, content));
        Assert.False(data.IsFloatingPoint);
        var matrix = data.ToRationals();
        if (content.Contains("1.000000000000000056e-01", StringComparison.Ordinal))
        {
            // savetxt prints the double nearest 0.1 with 18 digits: that decimal, exactly.
            Assert.Equal(BigRational.Parse("1.000000000000000056e-01"), matrix[1, 2]);
            matrix[1, 2] = new BigRational(1, 10);
        }

        Assert.Equal(Expected, matrix);
    }

    [Theory]
    [InlineData(false, '<')]
    [InlineData(true, '<')]
    [InlineData(false, '>')]
    public void Npy_float64_in_c_or_fortran_order(bool fortran, char endian)
    {
        var path = Write("y.npy", Npy(new[,] { { 1.5, 0, -0.25 }, { 0, 2, 0.1 } }, fortran, endian));
        var data = DataMatrixFile.Read(path);
        Assert.True(data.IsFloatingPoint);
        Assert.True(data.ConversionError.IsZero);
        Assert.Equal(ExpectedAsDoubles, data.ToRationals());
    }

    [Fact]
    public void Standard_input_is_dash_and_its_format_is_recognized()
    {
        var fromText = DataMatrixFile.Read("-", () => new MemoryStream(Encoding.UTF8.GetBytes("1.5 0 -0.25\n0 2 0.1\n")));
        Assert.Equal(Expected, fromText.ToRationals());
        Assert.False(fromText.ConversionError.IsZero);
        var fromNpy = DataMatrixFile.Read("-", () => new MemoryStream(Npy(new[,] { { 1.5, 0, -0.25 }, { 0, 2, 0.1 } }, false, '<')));
        Assert.Equal(ExpectedAsDoubles, fromNpy.ToRationals());
        var error = Assert.Throws<UsageException>(() => DataMatrixFile.Read("-", () => new MemoryStream(Encoding.UTF8.GetBytes("1,x\n"))));
        Assert.StartsWith("--y-matrix: 'standard input' line 1, entry 2: 'x' is not a number", error.Message);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "y.csv", "1e400,0\n0,1\n", "'y.csv' line 1, entry 1: '1e400' has too many digits for exact work (at most 120 in numerator and denominator)" },
        { "y.csv", "1,0\n0,1e100000\n", "line 2, entry 2: '1e100000' has too many digits for exact work" },
        { "y.csv", "1,0\n0," + new string('7', 100_000) + "\n", "line 2, entry 2: '777777777777777777777777...' (100000 characters) is too long for a number (at most 256)" },
        { "y.csv", "1,0\n0,1e-400\n", "line 2, entry 2: '1e-400' has too many digits for exact work" },
        { "y.csv", "1 2\n3, 4\n", "line 2 has a comma, but the first row is separated by whitespace" },
        { "y.csv", string.Join(",", Enumerable.Repeat("1", 8193)) + "\n", "line 1 has 8193 entries; at most 8192 columns are accepted" },
        { "y.csv", string.Concat(Enumerable.Repeat("1\n", 8193)), "has more than 8192 rows (line 8193)" },
        { "y.json", "[[1, 0],\n [0, true]]", "line 2, row 2, entry 2 is True, not a number" },
        { "y.json", "[[1, 0],\n [0, 1e400]]", "line 2, row 2, entry 2: '1e400' has too many digits for exact work" },
        { "y.json", "[[1, 0],\n [0, 1]", "is not valid JSON: line 2" },
        { "y.mtx", "%%MatrixMarket matrix coordinate real general\n9000 2 1\n1 1 1\n", "line 2: rows '9000' must be an integer from 1 to 8192" },
        { "y.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n3 1 1\n", "line 4: row index '3' must be an integer from 1 to 2" },
        { "y.mtx", "%%MatrixMarket matrix coordinate real general\n2 2 2\n1 1 1\n1 1 2\n", "line 4: entry (1, 1) is given twice" },
        { "y.mtx", "%%MatrixMarket matrix coordinate complex general\n2 2 1\n1 1 1 0\n", "'coordinate complex general' is not supported" },
        { "y.mtx", "%%MatrixMarket matrix array real general\n2 2\n1\n2\n3\n", "ends before entry (2, 2)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_files_get_one_line_with_exit_code_2_naming_file_line_and_entry(string name, string content, string message)
    {
        string path = Write(name, content);
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--lambda", "1/4,1/2,1");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(message.Replace("'y.csv'", $"'{path}'", StringComparison.Ordinal), result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Bad_npy_files_are_named()
    {
        var nan = Write("y.npy", Npy(new[,] { { 1, double.NaN } }, false, '<'));
        Assert.Contains("entry (1, 2) is NaN, not a finite number", Assert.Throws<UsageException>(() => DataMatrixFile.Read(nan)).Message);
        var ints = Npy(new[,] { { 1.0 } }, false, '<');
        var header = Encoding.ASCII.GetString(ints, 10, BinaryPrimitives.ReadUInt16LittleEndian(ints.AsSpan(8))).Replace("<f8", "<i8", StringComparison.Ordinal);
        Encoding.ASCII.GetBytes(header).CopyTo(ints, 10);
        Assert.Contains("holds dtype '<i8'; only float64", Assert.Throws<UsageException>(() => DataMatrixFile.Read(Write("i.npy", ints))).Message);
        var huge = Npy(new[,] { { 1.0 } }, false, '<');
        var hugeHeader = Encoding.ASCII.GetString(huge, 10, BinaryPrimitives.ReadUInt16LittleEndian(huge.AsSpan(8))).Replace("(1, 1)", "(9000, 1)", StringComparison.Ordinal);
        Encoding.ASCII.GetBytes(hugeHeader).CopyTo(huge, 10);
        Assert.Contains("is 9000 x 1; between 1 and 8192 rows and columns are accepted", Assert.Throws<UsageException>(() => DataMatrixFile.Read(Write("h.npy", huge))).Message);
    }

    [Fact]
    public void A_large_matrix_is_refused_for_the_numeric_check_before_any_decomposition()
    {
        // 600 x 600 dense (L = 3: 3 x 360,000 parameters): more than the numeric check takes; refused from the widths, not after an SVD.
        var text = new StringBuilder();
        var random = new Random(3);
        for (int i = 0; i < 600; i++)
        {
            text.AppendLine(string.Join(",", Enumerable.Range(0, 600).Select(_ => random.Next(-9, 10).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = CliRunner.Run("analyze", "--y-matrix", Write("big.csv", text.ToString()), "--lambda", "1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("parameters, more than the numeric check's", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "refused before the decomposition");
    }

    /// <summary>A .npy (version 1.0) holding <paramref name="values"/> as float64.</summary>
    internal static byte[] Npy(double[,] values, bool fortran, char endian)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1);
        string dict = $"{{'descr': '{endian}f8', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': ({rows}, {columns}), }}";
        int total = 10 + dict.Length + 1;
        dict = dict.PadRight(dict.Length + ((64 - (total % 64)) % 64)) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.Add(1);
        bytes.Add(0);
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)dict.Length);
        bytes.AddRange(length);
        bytes.AddRange(Encoding.ASCII.GetBytes(dict));
        var cell = new byte[8];
        for (int k = 0; k < rows * columns; k++)
        {
            int i = fortran ? k % rows : k / columns, j = fortran ? k / rows : k % columns;
            long bits = BitConverter.DoubleToInt64Bits(values[i, j]);
            if (endian == '<')
            {
                BinaryPrimitives.WriteInt64LittleEndian(cell, bits);
            }
            else
            {
                BinaryPrimitives.WriteInt64BigEndian(cell, bits);
            }

            bytes.AddRange(cell);
        }

        return bytes.ToArray();
    }
}
