using System;
using System.Runtime.InteropServices;

namespace Dmf.Kernels;

/// <summary>
/// A hint to Linux that a large pinned buffer should be backed by 2 MB pages (madvise MADV_HUGEPAGE, the same hint
/// NumPy gives its large arrays): the packed panels and workspace slots of large products then span a few TLB entries
/// instead of thousands, and the hardware prefetcher is not stopped at every 4 KB boundary. Only a hint: on another OS,
/// with transparent huge pages off, or where the call is unavailable, nothing happens and results are the same.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14;
    private const long PageSize = 2L * 1024 * 1024;
    private static bool _unavailable;

    /// <summary>Advises the 2 MB-aligned pages inside [address, address + bytes); call before the memory is first written.</summary>
    public static void Advise(nint address, long bytes)
    {
        if (_unavailable || !OperatingSystem.IsLinux() || bytes < PageSize)
        {
            return;
        }

        long start = (address + PageSize - 1) / PageSize * PageSize;
        long end = (address + bytes) / PageSize * PageSize;
        if (end <= start)
        {
            return;
        }

        try
        {
            _ = Madvise((nint)start, (nuint)(end - start), MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
        {
            _unavailable = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
