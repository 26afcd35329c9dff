namespace Dmf.Verify.Spectrum;

/// <summary>
/// A data matrix Y (rows = d_L, columns = d_0) as exact data: either rational entries (text, JSON, Matrix Market), kept
/// exactly beside their nearest doubles, or doubles (.npy), each of which is an exact dyadic rational and is the datum
/// itself. <see cref="ConversionError"/> bounds how far the doubles are from the exact entries.
/// </summary>
public sealed class DataMatrix
{
    private readonly BigRational[,]? _rationals;
    private readonly double[] _doubles;

    private DataMatrix(int rows, int columns, double[] doubles, BigRational[,]? rationals, BigRational conversionError)
    {
        (Rows, Columns, _doubles, _rationals, ConversionError) = (rows, columns, doubles, rationals, conversionError);
    }

    /// <summary>d_L.</summary>
    public int Rows { get; }

    /// <summary>d_0.</summary>
    public int Columns { get; }

    /// <summary>The entries as doubles, row-major (the nearest double to each exact entry).</summary>
    public ReadOnlySpan<double> Doubles => _doubles;

    /// <summary>A bound on ‖Y − fl(Y)‖_F: zero when every entry is a double (dyadic with a 53-bit mantissa), else u·‖fl(Y)‖_F-sized (exact rational).</summary>
    public BigRational ConversionError { get; }

    /// <summary>True when the data came as doubles (entries are exact dyadic rationals).</summary>
    public bool IsFloatingPoint => _rationals is null;

    /// <summary>Entry (i, j) exactly.</summary>
    public BigRational this[int i, int j] => _rationals is { } r ? r[i, j] : BigRational.FromDouble(_doubles[((long)i * Columns) + j]);

    /// <summary>Every entry exactly (for a double matrix, built on demand: each double as its exact dyadic rational).</summary>
    public BigRational[,] ToRationals()
    {
        if (_rationals is { } r)
        {
            return r;
        }

        var result = new BigRational[Rows, Columns];
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                result[i, j] = BigRational.FromDouble(_doubles[((long)i * Columns) + j]);
            }
        }

        return result;
    }

    /// <summary>
    /// A matrix of rationals. Entries whose double is not exact carry their rounding: |y − fl(y)| ≤ 2⁻⁵³|fl(y)| + 2⁻¹⁰⁷⁵, so
    /// ‖Y − fl(Y)‖_F ≤ 2⁻⁵³‖fl(Y)‖_F + √(mn)·2⁻¹⁰⁷⁵ over those entries (bounded exactly, rounded up). Throws
    /// <see cref="ArgumentException"/> for an entry beyond the double range, naming it.
    /// </summary>
    public static DataMatrix FromRationals(BigRational[,] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int rows = y.GetLength(0), columns = y.GetLength(1);
        var doubles = new double[(long)rows * columns];
        var inexact = new List<double>();
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                double d = y[i, j].ToDouble();
                if (!double.IsFinite(d))
                {
                    throw new ArgumentException(FormattableString.Invariant($"entry ({i + 1}, {j + 1}) of Y is beyond the double range (|y| > 1.8e308)."));
                }

                doubles[((long)i * columns) + j] = d;
                if (BigRational.FromDouble(d) != y[i, j])
                {
                    inexact.Add(d);
                }
            }
        }

        return new DataMatrix(rows, columns, doubles, y, ConversionBound(inexact));
    }

    /// <summary>2·2⁻⁵³·‖x‖_F + √N·2⁻¹⁰⁷⁵ for the N rounded entries x (their norm bounded after scaling by a power of two, so nothing overflows).</summary>
    private static BigRational ConversionBound(List<double> rounded)
    {
        if (rounded.Count == 0)
        {
            return BigRational.Zero;
        }

        var norm = RoundingBounds.FrobeniusUpperOfAnyScale(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(rounded));
        return RoundingBounds.RoundUp((BigRational.FromBinary(1, -52) * norm) + RoundingBounds.SquareRootUpper(rounded.Count * BigRational.FromBinary(1, -2150)));
    }

    /// <summary>A matrix of doubles (row-major, finite), which are the data exactly.</summary>
    public static DataMatrix FromDoubles(int rows, int columns, double[] rowMajor)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        if ((long)rows * columns != rowMajor.Length)
        {
            throw new ArgumentException(FormattableString.Invariant($"a {rows} x {columns} matrix needs {(long)rows * columns} entries, got {rowMajor.Length}."));
        }

        for (long p = 0; p < rowMajor.Length; p++)
        {
            if (!double.IsFinite(rowMajor[p]))
            {
                throw new ArgumentException(FormattableString.Invariant($"entry ({(p / columns) + 1}, {(p % columns) + 1}) of Y is {rowMajor[p]}, not a finite number."));
            }
        }

        return new DataMatrix(rows, columns, rowMajor, null, BigRational.Zero);
    }
}
