using System.Globalization;

namespace Dmf.Kernels;

/// <summary>
/// How many threads the kernels use, decided in this one place: <c>DMF_NUM_THREADS</c> (like
/// <c>OPENBLAS_NUM_THREADS</c> and <c>OMP_NUM_THREADS</c>) when set, else the machine's core count; <see cref="Count"/>
/// changes it from code. A large product (<see cref="DenseKernels.Gemm(int, int, int, double, ReadOnlySpan{double}, bool, ReadOnlySpan{double}, bool, double, Span{double})"/>)
/// splits its rows over a fixed pool of <see cref="Count"/> − 1 worker threads and the calling thread, started once and
/// reused (no task per call, nothing allocated per call). Parallelism never nests: a call made inside
/// <see cref="Serially"/> (code that already runs one task per core, e.g. many descents at once), from a pool worker, or
/// while another call holds the pool runs on its own thread.
/// </summary>
public static class KernelThreads
{
    private static readonly object Gate = new();
    private static int _count = DefaultCount();
    private static WorkerPool? _pool;

    private static long _parallelCalls;

    [ThreadStatic]
    private static int _serialDepth;

    /// <summary>How many calls have been split over threads since the process started (to check a configuration: 0 means every product ran on its caller's thread).</summary>
    public static long ParallelCalls => Interlocked.Read(ref _parallelCalls);

    /// <summary>The environment variable read at start-up: a positive integer.</summary>
    public const string EnvironmentVariable = "DMF_NUM_THREADS";

    /// <summary>Threads a large product may use (≥ 1): <c>DMF_NUM_THREADS</c>, else <see cref="Environment.ProcessorCount"/>.</summary>
    public static int Count
    {
        get => Volatile.Read(ref _count);
        set
        {
            if (value < 1 || value > 1024)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The thread count must be between 1 and 1024.");
            }

            lock (Gate)
            {
                _count = value;
            }
        }
    }

    /// <summary>
    /// Until the returned scope is disposed, kernels called on this thread run on it alone — for callers that already
    /// run one task per core. Scopes nest. No allocation.
    /// </summary>
    public static SerialScope Serially()
    {
        _serialDepth++;
        return new SerialScope(true);
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0..count−1 — the one place where independent tasks and the kernels' own threads
    /// are weighed: two or more tasks run in parallel on up to <see cref="Count"/> threads, each with its kernels serial
    /// (<see cref="Serially"/>), so the machine is never oversubscribed; a single task runs here with parallel kernels.
    /// </summary>
    public static void For(int count, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (count <= 0)
        {
            return;
        }

        if (count == 1 || !MayRunInParallel)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        System.Threading.Tasks.Parallel.For(0, count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Count }, i =>
        {
            using var serial = Serially();
            body(i);
        });
    }

    /// <summary>Whether a kernel called now on this thread may use the pool (more than one thread, not inside <see cref="Serially"/>, not a worker).</summary>
    public static bool MayRunInParallel => Count > 1 && _serialDepth == 0 && !WorkerPool.IsWorker;

    /// <summary>The scope of <see cref="Serially"/>.</summary>
    public readonly struct SerialScope : IDisposable, IEquatable<SerialScope>
    {
        private readonly bool _active;

        internal SerialScope(bool active) => _active = active;

        /// <summary>Ends the scope.</summary>
        public void Dispose()
        {
            if (_active && _serialDepth > 0)
            {
                _serialDepth--;
            }
        }

        /// <inheritdoc/>
        public bool Equals(SerialScope other) => _active == other._active;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is SerialScope other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => _active.GetHashCode();

        /// <summary>Equality.</summary>
        public static bool operator ==(SerialScope left, SerialScope right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(SerialScope left, SerialScope right) => !left.Equals(right);
    }

    /// <summary>
    /// Runs <paramref name="job"/> for parts 0..parts−1, part 0 on the calling thread, the others on pool workers, and
    /// returns when all are done; false (nothing run) when the pool is not available to this call — the caller then
    /// runs the work itself.
    /// </summary>
    internal static bool TryRun(IParallelPart job, int parts)
    {
        if (parts < 2 || !MayRunInParallel)
        {
            return false;
        }

        if (!Monitor.TryEnter(Gate))
        {
            return false;
        }

        try
        {
            int threads = Math.Min(parts, _count);
            if (threads < 2)
            {
                return false;
            }

            var pool = _pool is { } existing && existing.Workers >= threads - 1 ? existing : (_pool = WorkerPool.Grow(_pool, threads - 1));
            job.Prepare(threads);
            pool.Run(job, threads);
            Interlocked.Increment(ref _parallelCalls);
            return true;
        }
        finally
        {
            Monitor.Exit(Gate);
        }
    }

    /// <summary>What the pool's workers have allocated on their own threads, as each last counted after a part (tests: 0 growth per call).</summary>
    internal static long WorkerAllocatedBytes
    {
        get
        {
            lock (Gate)
            {
                return _pool?.AllocatedBytes ?? 0;
            }
        }
    }

    /// <summary>How many parts a call may be split into now (1 when it must run on the calling thread).</summary>
    internal static int PartsAvailable => MayRunInParallel ? Count : 1;

    private static int DefaultCount()
    {
        string? text = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (text is not null && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
        {
            return Math.Min(value, 1024);
        }

        return Math.Max(1, Environment.ProcessorCount);
    }
}

/// <summary>Work split into parts, one run per part (part 0 on the calling thread).</summary>
internal interface IParallelPart
{
    /// <summary>Called once before the parts run, with how many there will be.</summary>
    void Prepare(int parts);

    /// <summary>Runs part <paramref name="part"/> of <paramref name="parts"/>.</summary>
    void Run(int part, int parts);
}

/// <summary>
/// Background threads that wait for work, started once: each waits on its own semaphore, runs its part, and signals a
/// countdown the caller waits on. Used only under <see cref="KernelThreads"/>'s gate, one job at a time.
/// </summary>
internal sealed class WorkerPool
{
    [ThreadStatic]
    private static bool _isWorker;

    private readonly Thread[] _threads;
    private readonly SemaphoreSlim[] _start;
    private readonly long[] _allocated;
    private readonly CountdownEvent _done = new(1);
    private IParallelPart? _job;
    private int _parts;
    private Exception? _failure;

    private WorkerPool(int workers)
    {
        _threads = new Thread[workers];
        _start = new SemaphoreSlim[workers];
        _allocated = new long[workers];
        for (int w = 0; w < workers; w++)
        {
            _start[w] = new SemaphoreSlim(0);
            int part = w + 1;
            _threads[w] = new Thread(() => Loop(part)) { IsBackground = true, Name = "Dmf.Kernels worker " + part.ToString(CultureInfo.InvariantCulture) };
            _threads[w].Start();
        }
    }

    /// <summary>Whether the current thread is a pool worker (its kernels run serially).</summary>
    public static bool IsWorker => _isWorker;

    /// <summary>The sum of the workers' own allocation counts, each read by the worker after its last part.</summary>
    public long AllocatedBytes
    {
        get
        {
            long sum = 0;
            for (int w = 0; w < _allocated.Length; w++)
            {
                sum += Interlocked.Read(ref _allocated[w]);
            }

            return sum;
        }
    }

    /// <summary>How many workers the pool has.</summary>
    public int Workers => _threads.Length;

    /// <summary>A pool with at least <paramref name="workers"/> workers (the old one's threads keep waiting, unused).</summary>
    public static WorkerPool Grow(WorkerPool? old, int workers) => new(Math.Max(workers, old?.Workers ?? 0));

    /// <summary>Runs parts 0..threads−1 (0 here, the rest on workers 1..threads−1) and waits for all.</summary>
    public void Run(IParallelPart job, int threads)
    {
        _job = job;
        _parts = threads;
        _failure = null;
        _done.Reset(threads - 1);
        for (int w = 0; w < threads - 1; w++)
        {
            _start[w].Release();
        }

        Exception? own = null;
        try
        {
            job.Run(0, threads);
        }
        catch (Exception exception)
        {
            own = exception;
        }

        _done.Wait();
        _job = null;
        if ((own ?? _failure) is { } failure)
        {
            throw new AggregateException("A parallel kernel part failed.", failure);
        }
    }

    private void Loop(int part)
    {
        _isWorker = true;
        var start = _start[part - 1];
        while (true)
        {
            start.Wait();
            try
            {
                _job!.Run(part, _parts);
            }
            catch (Exception exception)
            {
                _failure = exception;
            }
            finally
            {
                Interlocked.Exchange(ref _allocated[part - 1], GC.GetAllocatedBytesForCurrentThread());
                _done.Signal();
            }
        }
    }
}
