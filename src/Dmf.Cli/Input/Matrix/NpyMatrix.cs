using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Dmf.Verify.Spectrum;

namespace Dmf.Cli.Input.Matrix;

/// <summary>
/// NumPy's .npy format (versions 1–3): a 2-D array of little- or big-endian float64 ('&lt;f8', '&gt;f8'), in C or Fortran
/// order. The shape in the header is checked against the limits before the data is read. Each double is the datum
/// exactly — the dyadic rational it holds (0.1 is 3602879701896397/2^55, not 1/10) — so the matrix is exact data at no
/// conversion cost; NaN and infinities are refused.
/// </summary>
internal static class NpyMatrix
{
    private static readonly byte[] Magic = { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y' };

    /// <summary>Whether <paramref name="bytes"/> start with the .npy magic string.</summary>
    public static bool Recognizes(byte[] bytes) => bytes.AsSpan().StartsWith(Magic);

    /// <summary>Parses <paramref name="bytes"/>.</summary>
    public static DataMatrix Parse(string file, byte[] bytes)
    {
        if (!Recognizes(bytes))
        {
            throw new UsageException($"--y-matrix: '{file}' is not a .npy file (no \\x93NUMPY magic)");
        }

        int major = bytes.Length > 6 ? bytes[6] : 0;
        int prefix = major == 1 ? 10 : 12;
        if (bytes.Length < prefix)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' ends after {bytes.Length} bytes, inside the .npy preamble ({prefix} bytes before the header)"));
        }

        long headerLength = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : major is 2 or 3 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)) : -1;
        if (headerLength < 0)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' has a .npy header of version {major}; versions 1 to 3 are read"));
        }

        if (prefix + headerLength > bytes.Length)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' announces a .npy header of {headerLength} bytes, but the file has {bytes.Length - prefix} after the preamble"));
        }

        int dataStart = prefix + (int)headerLength;
        string header = Encoding.ASCII.GetString(bytes, prefix, (int)headerLength);
        string descr = Field(file, header, "descr", @"'([^']*)'");
        bool fortran = Field(file, header, "fortran_order", "(True|False)") == "True";
        string shape = Field(file, header, "shape", @"\(([^)]*)\)");
        if (descr is not ("<f8" or ">f8"))
        {
            throw new UsageException($"--y-matrix: '{file}' holds dtype '{descr}'; only float64 ('<f8' or '>f8') is read");
        }

        var dimensions = shape.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (dimensions.Length == 2 && dimensions.All(d => d.Length > 0 && d.All(char.IsAsciiDigit)) && dimensions.Any(d => !long.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' has shape ({shape}); between 1 and {DataMatrixFile.MaxSize} rows and columns are accepted"));
        }

        if (dimensions.Length != 2
            || !long.TryParse(dimensions[0], NumberStyles.None, CultureInfo.InvariantCulture, out long rows)
            || !long.TryParse(dimensions[1], NumberStyles.None, CultureInfo.InvariantCulture, out long columns))
        {
            throw new UsageException($"--y-matrix: '{file}' has shape ({shape}); a matrix needs two dimensions");
        }

        if (rows > DataMatrixFile.MaxSize || columns > DataMatrixFile.MaxSize || rows == 0 || columns == 0)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' is {rows} x {columns}; between 1 and {DataMatrixFile.MaxSize} rows and columns are accepted"));
        }

        if (bytes.Length - dataStart != rows * columns * 8)
        {
            throw new UsageException(Invariant($"--y-matrix: '{file}' has {bytes.Length - dataStart} data bytes, its shape {rows} x {columns} needs {rows * columns * 8}"));
        }

        var values = new double[rows * columns];
        bool little = descr[0] == '<';
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                long index = fortran ? (j * rows) + i : (i * columns) + j;
                var span = bytes.AsSpan(dataStart + (int)(index * 8), 8);
                double value = BitConverter.Int64BitsToDouble(little ? BinaryPrimitives.ReadInt64LittleEndian(span) : BinaryPrimitives.ReadInt64BigEndian(span));
                if (!double.IsFinite(value))
                {
                    throw new UsageException(Invariant($"--y-matrix: '{file}' entry ({i + 1}, {j + 1}) is {value.ToString(CultureInfo.InvariantCulture)}, not a finite number"));
                }

                values[(i * columns) + j] = value;
            }
        }

        return DataMatrix.FromDoubles((int)rows, (int)columns, values);
    }

    private static string Field(string file, string header, string name, string pattern)
    {
        var match = Regex.Match(header, "'" + name + @"'\s*:\s*" + pattern, RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            throw new UsageException($"--y-matrix: '{file}' has a .npy header without '{name}'");
        }

        return match.Groups[1].Value;
    }
}
