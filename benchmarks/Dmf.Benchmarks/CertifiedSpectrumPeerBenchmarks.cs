using System.Buffers.Binary;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dmf.Symbolic.Exact;
using Dmf.Verify.Instance;
using Dmf.Verify.Spectrum;

namespace Dmf.Benchmarks;

/// <summary>
/// A float64 <c>.npy</c> of standard normal entries (seeded), m × n: Dmf reads it and certifies every singular value
/// (<see cref="DmfInstance.FromMatrix(System.Collections.Generic.IReadOnlyList{int}, System.Collections.Generic.IReadOnlyList{BigRational}, DataMatrix)"/>:
/// the cost estimate, LAPACK's dgesdd with thin vectors, the residual and orthogonality bounds, the decision at L = 3,
/// λ = 1) beside NumPy's <c>np.load</c> + <c>np.linalg.svd(compute_uv=False)</c> (values only, uncertified) in a
/// long-lived peer. One OpenBLAS thread on both sides. Target (issue 28): at most 2× NumPy's time.
/// </summary>
[Config(typeof(OneBlasThreadConfig))]
public class CertifiedSpectrumPeerBenchmarks : IDisposable
{
    private string _path = string.Empty;
    private LineServedPeer? _numpy;
    private int _rows;
    private int _columns;

    [Params("1000x1000", "2000x1500")]
    public string Shape { get; set; } = "1000x1000";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split('x');
        _rows = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        _columns = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(1);
        var values = new double[_rows * _columns];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        }

        _path = Path.Combine(Path.GetTempPath(), $"dmf-bench-{Shape}-{Environment.ProcessId}.npy");
        File.WriteAllBytes(_path, Npy(values, _rows, _columns));
        _numpy = LineServedPeer.Start("/usr/bin/python3", LineServedPeer.Locate(Path.Combine("benchmarks", "numpy", "svd_peer.py")), "--serve");
        _numpy.Ask("load " + _path, "ready");
    }

    [Benchmark(Description = "Dmf read + certified singular values")]
    public int Dmf()
    {
        var bytes = File.ReadAllBytes(_path);
        int header = 10 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8));
        var values = new double[_rows * _columns];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(header + (8 * i))));
        }

        int k = Math.Min(_rows, _columns);
        var instance = DmfInstance.FromMatrix(new[] { _columns, k, k, _rows }, new BigRational[] { 1, 1, 1 }, DataMatrix.FromDoubles(_rows, _columns, values));
        return instance.Establishment == "certified" ? instance.SingularValues.Count : throw new InvalidOperationException("not certified");
    }

    [Benchmark(Baseline = true, Description = "NumPy load + svd (values only)")]
    public void NumPy() => _numpy!.Ask("run 1", "done");

    [GlobalCleanup]
    public void Dispose()
    {
        _numpy?.Dispose();
        _numpy = null;
        if (File.Exists(_path))
        {
            File.Delete(_path);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A version 1.0 .npy of a C-order little-endian float64 matrix.</summary>
    private static byte[] Npy(double[] values, int rows, int columns)
    {
        string dict = FormattableString.Invariant($"{{'descr': '<f8', 'fortran_order': False, 'shape': ({rows}, {columns}), }}");
        int total = 10 + dict.Length + 1;
        dict = dict.PadRight(dict.Length + ((64 - (total % 64)) % 64)) + "\n";
        var bytes = new byte[10 + dict.Length + (8 * values.Length)];
        bytes[0] = 0x93;
        Encoding.ASCII.GetBytes("NUMPY").CopyTo(bytes, 1);
        bytes[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)dict.Length);
        Encoding.ASCII.GetBytes(dict).CopyTo(bytes, 10);
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(10 + dict.Length + (8 * i)), BitConverter.DoubleToInt64Bits(values[i]));
        }

        return bytes;
    }
}
