using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

/// <summary>
/// The kernels on several threads: a large product split over the pool gives C bit for bit as one thread does (the
/// same 6-row groups, panels and slab order, whichever thread computes a tile), in every transpose case and at sizes
/// that leave partial blocks; nothing is allocated per call; kernels called inside a serial scope or from the pool's
/// own loop run on the calling thread.
/// </summary>
[Collection(KernelThreadsCollection.Name)]
public class KernelThreadsTests
{
    public static TheoryData<int, int, int, bool, bool> Shapes() => new()
    {
        { 512, 512, 512, false, false }, { 301, 257, 517, true, false }, { 130, 700, 96, false, true }, { 97, 100, 103, true, true }, { 1024, 64, 300, false, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Several_threads_give_the_single_thread_result_bit_for_bit(int m, int n, int k, bool transposeA, bool transposeB)
    {
        var random = new Random(m + n + k);
        var a = Enumerable.Range(0, m * k).Select(_ => random.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, k * n).Select(_ => random.NextDouble() - 0.5).ToArray();
        var c0 = Enumerable.Range(0, m * n).Select(_ => random.NextDouble()).ToArray();
        int before = KernelThreads.Count;
        try
        {
            foreach (double beta in new[] { 0.0, 1.0, 0.5 })
            {
                KernelThreads.Count = 1;
                var serial = (double[])c0.Clone();
                DenseKernels.Gemm(m, n, k, 1.25, a, transposeA, b, transposeB, beta, serial);
                foreach (int threads in new[] { 2, 3, 4 })
                {
                    KernelThreads.Count = threads;
                    var parallel = (double[])c0.Clone();
                    long calls = KernelThreads.ParallelCalls;
                    DenseKernels.Gemm(m, n, k, 1.25, a, transposeA, b, transposeB, beta, parallel);
                    Assert.True(KernelThreads.ParallelCalls > calls, "the product was not split over threads");
                    Assert.True(serial.AsSpan().SequenceEqual(parallel), $"{threads} threads, beta {beta}: differs from one thread");
                }
            }
        }
        finally
        {
            KernelThreads.Count = before;
        }
    }

    [Theory]
    [InlineData(3, 256)]
    [InlineData(8, 160)]
    public void Generated_kernels_on_several_threads_give_the_single_thread_results_bit_for_bit(int depth, int width)
    {
        var random = new Random(depth * width);
        var widths = Enumerable.Repeat(width, depth + 1).ToArray();
        var y = Enumerable.Range(0, width * width).Select(_ => random.NextDouble() - 0.5).ToArray();
        var problem = new DmfProblem(widths, y, Enumerable.Repeat(0.01, depth).ToArray());
        var w = Enumerable.Range(0, problem.ParameterCount).Select(_ => (random.NextDouble() - 0.5) / Math.Sqrt(width)).ToArray();
        var v = Enumerable.Range(0, problem.ParameterCount).Select(_ => random.NextDouble() - 0.5).ToArray();
        var kernels = KernelSet.For(depth);
        (double Loss, double[] Gradient, double[] Product) Run(int threads)
        {
            KernelThreads.Count = threads;
            var workspace = kernels.CreateWorkspace(problem);
            var gradient = new double[w.Length];
            var product = new double[w.Length];
            double loss = kernels.LossAndGradient(problem, w, gradient, workspace);
            kernels.HessianVectorProduct(problem, w, v, product, workspace);
            return (loss, gradient, product);
        }

        int before = KernelThreads.Count;
        try
        {
            var one = Run(1);
            long calls = KernelThreads.ParallelCalls;
            var two = Run(2);
            Assert.True(KernelThreads.ParallelCalls > calls, "no product was split over threads");
            Assert.Equal(BitConverter.DoubleToInt64Bits(one.Loss), BitConverter.DoubleToInt64Bits(two.Loss));
            Assert.True(one.Gradient.AsSpan().SequenceEqual(two.Gradient), "gradient differs");
            Assert.True(one.Product.AsSpan().SequenceEqual(two.Product), "Hessian-vector product differs");
        }
        finally
        {
            KernelThreads.Count = before;
        }
    }

    [Fact]
    public void Products_called_from_several_threads_at_once_are_each_right()
    {
        // Each caller may find the pool busy (and run alone) or get it; either way its product is its own, bit for bit
        // the one-thread result.
        int before = KernelThreads.Count;
        try
        {
            KernelThreads.Count = 2;
            var shapes = new[] { (200, 150, 170), (130, 260, 110), (180, 180, 180), (101, 333, 99) };
            var random = new Random(11);
            var operands = shapes.Select(s => (
                A: Enumerable.Range(0, s.Item1 * s.Item3).Select(_ => random.NextDouble() - 0.5).ToArray(),
                B: Enumerable.Range(0, s.Item3 * s.Item2).Select(_ => random.NextDouble() - 0.5).ToArray())).ToArray();
            var expected = new double[shapes.Length][];
            using (KernelThreads.Serially())
            {
                for (int i = 0; i < shapes.Length; i++)
                {
                    var (m, n, k) = shapes[i];
                    expected[i] = new double[m * n];
                    DenseKernels.Gemm(m, n, k, 1.0, operands[i].A, false, operands[i].B, false, 0.0, expected[i]);
                }
            }

            for (int round = 0; round < 20; round++)
            {
                var results = new double[shapes.Length][];
                var failures = new Exception?[shapes.Length];
                var threads = Enumerable.Range(0, shapes.Length).Select(i => new Thread(() =>
                {
                    try
                    {
                        var (m, n, k) = shapes[i];
                        var c = new double[m * n];
                        for (int repeat = 0; repeat < 5; repeat++)
                        {
                            DenseKernels.Gemm(m, n, k, 1.0, operands[i].A, false, operands[i].B, false, 0.0, c);
                        }

                        results[i] = c;
                    }
                    catch (Exception exception)
                    {
                        failures[i] = exception;
                    }
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());
                Assert.All(failures, failure => Assert.Null(failure));
                for (int i = 0; i < shapes.Length; i++)
                {
                    Assert.True(expected[i].AsSpan().SequenceEqual(results[i]), $"round {round}: product {i} differs");
                }
            }
        }
        finally
        {
            KernelThreads.Count = before;
        }
    }

    [Fact]
    public void A_parallel_product_allocates_nothing_per_call()
    {
        int before = KernelThreads.Count;
        try
        {
            KernelThreads.Count = 2;
            var a = new double[256 * 256];
            var b = new double[256 * 256];
            var c = new double[256 * 256];
            a.AsSpan().Fill(0.5);
            b.AsSpan().Fill(0.25);
            for (int warm = 0; warm < 3; warm++)
            {
                DenseKernels.Gemm(256, 256, 256, 1.0, a, false, b, false, 0.0, c);
            }

            // The calling thread's allocations and the workers' own (each counted on its thread; the runtime's background
            // threads, such as the JIT's, are not the kernel's).
            long calls = KernelThreads.ParallelCalls;
            long caller = GC.GetAllocatedBytesForCurrentThread();
            long workers = KernelThreads.WorkerAllocatedBytes;
            for (int call = 0; call < 10; call++)
            {
                DenseKernels.Gemm(256, 256, 256, 1.0, a, false, b, false, 0.0, c);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - caller);
            Assert.Equal(0, KernelThreads.WorkerAllocatedBytes - workers);
            Assert.True(KernelThreads.ParallelCalls >= calls + 10, "the products were not split over threads");
            Assert.All(c, value => Assert.Equal(256 * 0.125, value));
        }
        finally
        {
            KernelThreads.Count = before;
        }
    }

    [Fact]
    public void Tasks_run_in_parallel_with_serial_kernels_and_a_single_task_keeps_them_parallel()
    {
        int before = KernelThreads.Count;
        try
        {
            KernelThreads.Count = 2;
            var mayRun = new bool[4];
            KernelThreads.For(4, i => mayRun[i] = KernelThreads.MayRunInParallel);
            Assert.All(mayRun, Assert.False);
            bool single = false;
            KernelThreads.For(1, _ => single = KernelThreads.MayRunInParallel);
            Assert.True(single);
            using (KernelThreads.Serially())
            {
                Assert.False(KernelThreads.MayRunInParallel);
            }

            Assert.True(KernelThreads.MayRunInParallel);
            Assert.Throws<ArgumentOutOfRangeException>(() => KernelThreads.Count = 0);
        }
        finally
        {
            KernelThreads.Count = before;
        }
    }
}

/// <summary>Tests that change <see cref="KernelThreads.Count"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelThreadsCollection
{
    public const string Name = "KernelThreads";
}
