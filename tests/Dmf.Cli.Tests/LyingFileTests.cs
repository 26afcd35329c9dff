using System.Buffers.Binary;
using System.Text;

namespace Dmf.Cli.Tests;

/// <summary>
/// Files whose headers lie or whose content contradicts them (issue 32): each is one line naming the file and what is
/// wrong, exit code 2, before anything large is allocated; and a file of zeros written with huge exponents reads fast.
/// </summary>
public class LyingFileTests
{
    private static string Write(string name, byte[] content)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("dmf-lie-").FullName, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static string Write(string name, string content) => Write(name, Encoding.ASCII.GetBytes(content));

    private static void Refused(string path, string expected)
    {
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--no-numeric");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains($"'{path}'", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_npy_header_longer_than_the_file_is_named()
    {
        var bytes = new byte[14];
        bytes[0] = 0x93;
        Encoding.ASCII.GetBytes("NUMPY").CopyTo(bytes, 1);
        bytes[6] = 2;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), 0xFFFFFFFF);
        Refused(Write("v2.npy", bytes), "announces a .npy header of 4294967295 bytes");
    }

    [Fact]
    public void A_npy_file_of_the_magic_alone_and_a_huge_dimension_are_named_for_what_they_are()
    {
        var magic = new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' };
        Refused(Write("magic.npy", magic), "ends after 6 bytes");
        string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (12345678901234567890, 2), }";
        header = header.PadRight(117) + "\n";
        var bytes = new byte[10 + header.Length];
        magic.CopyTo(bytes, 0);
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)header.Length);
        Encoding.ASCII.GetBytes(header).CopyTo(bytes, 10);
        Refused(Write("big.npy", bytes), "between 1 and 8192 rows and columns");
    }

    [Fact]
    public void A_matrix_market_size_line_is_held_to_the_file_length()
    {
        Refused(Write("a.mtx", "%%MatrixMarket matrix coordinate real general\n4096 4096 1\n1 1 2\n"), "announces 4096 x 4096 = 16777216 entries");
        Refused(Write("zero.mtx", "%%MatrixMarket matrix coordinate real general\n0 0 0\n"), "rows '0' must be an integer from 1");
    }

    [Fact]
    public void Matrix_market_content_must_agree_with_its_header()
    {
        Refused(Write("skew.mtx", "%%MatrixMarket matrix coordinate real skew-symmetric\n2 2 2\n1 1 5\n2 1 3\n"), "a skew-symmetric matrix has a zero diagonal");
        Refused(Write("sym.mtx", "%%MatrixMarket matrix coordinate real symmetric\n2 2 2\n2 1 3\n1 2 4\n"), "a symmetric file gives each pair once");
        Refused(Write("int.mtx", "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 1 1.6\n2 2 1\n"), "'1.6' is not an integer");
    }

    [Fact]
    public void Zeros_with_huge_exponents_read_without_powers_of_ten()
    {
        // A zero mantissa is 0 whatever its exponent: no power of ten is built (before, each 0e-99999 built 10^99999, and a
        // 60 x 60 CSV of them took 21 s; a zero whose scale passed the power limit was even refused).
        Assert.Equal(BigRationalZero(), Dmf.Symbolic.Exact.BigRational.Parse("0.000e-100000"));
        string path = Write("z.csv", string.Join("\n", Enumerable.Repeat(string.Join(",", Enumerable.Repeat("0e-99999", 60)), 60)) + "\n");
        var result = CliRunner.Run("analyze", "--y-matrix", path, "--no-numeric", "--only", "minimizers");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    private static Dmf.Symbolic.Exact.BigRational BigRationalZero() => Dmf.Symbolic.Exact.BigRational.Zero;

    [Fact]
    public void A_picture_is_what_its_name_says()
    {
        string folder = Directory.CreateTempSubdirectory("dmf-jpg-").FullName;
        var result = CliRunner.Run("plot", "roots", "-o", Path.Combine(folder, "x.jpg"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pictures are written as PNG (.png) or SVG (.svg), not as .jpg", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void A_narrow_geometric_sweep_keeps_every_point_asked_for()
    {
        // 200 points between 1 and 1.0001 were 2 at 4 significant digits; now as many digits as they need.
        var result = CliRunner.Run("sweep", "--log", "--points", "200", "--from", "1", "--to", "1.0001", "--runs", "1", "--json");
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(200, document.RootElement.GetProperty("points").GetArrayLength());
    }
}
