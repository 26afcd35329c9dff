using System;
using static System.FormattableString;

namespace Dmf.Kernels;

/// <summary>
/// Owns every temporary a generated kernel needs, so kernels allocate nothing after the workspace exists.
/// Each kernel class creates its own through <c>CreateWorkspace(in DmfProblem)</c>, which knows the slot sizes
/// of its plan. Not thread-safe: use one workspace per thread.
/// </summary>
public sealed class DmfWorkspace
{
    private readonly double[] _arena;
    private readonly int[] _offsets;
    private readonly int[] _lengths;
    private readonly float[][] _singleSlots;

    /// <summary>A workspace with one buffer per slot, of the given lengths (double precision).</summary>
    public DmfWorkspace(ReadOnlySpan<int> slotLengths)
        : this(slotLengths, singlePrecision: false)
    {
    }

    /// <summary>A workspace with one buffer per slot, of the given lengths, in single or double precision.</summary>
    public DmfWorkspace(ReadOnlySpan<int> slotLengths, bool singlePrecision)
    {
        _singleSlots = new float[singlePrecision ? slotLengths.Length : 0][];
        _offsets = new int[singlePrecision ? 0 : slotLengths.Length];
        _lengths = singlePrecision ? Array.Empty<int>() : slotLengths.ToArray();
        long total = 0;
        for (int k = 0; k < slotLengths.Length; k++)
        {
            if (slotLengths[k] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(slotLengths), Invariant($"Slot {k} has a negative length {slotLengths[k]}."));
            }

            if (singlePrecision)
            {
                _singleSlots[k] = new float[slotLengths[k]];
            }
            else
            {
                // Double slots live in one pinned arena, each starting on a cache line (8 doubles).
                _offsets[k] = checked((int)total);
                total += (slotLengths[k] + 7) / 8 * 8;
            }
        }

        if (total > Array.MaxLength - 8)
        {
            throw new ArgumentOutOfRangeException(nameof(slotLengths), Invariant($"The slots need {total} doubles, more than an array holds."));
        }

        // Uninitialized, advised onto huge pages before its first write (large products then miss the TLB far less),
        // then cleared: every slot starts at zero as before.
        _arena = GC.AllocateUninitializedArray<double>((int)total + 8, pinned: true);
        int shift;
        unsafe
        {
            fixed (double* first = _arena)
            {
                HugePages.Advise((nint)first, _arena.LongLength * sizeof(double));
                shift = (int)(((64 - ((nint)first % 64)) % 64) / sizeof(double));
            }
        }

        for (int k = 0; k < _offsets.Length; k++)
        {
            _offsets[k] += shift;
        }

        _arena.AsSpan().Clear();
    }

    /// <summary>True when the slots are single precision.</summary>
    public bool IsSinglePrecision => _singleSlots.Length > 0;

    /// <summary>The number of slots.</summary>
    public int SlotCount => Math.Max(_offsets.Length, _singleSlots.Length);

    /// <summary>Slot k as a span of exactly <paramref name="length"/> entries (at most the slot's length).</summary>
    public Span<double> Slot(int slot, int length)
    {
        if ((uint)length > (uint)_lengths[slot])
        {
            throw new ArgumentOutOfRangeException(nameof(length), Invariant($"Slot {slot} holds {_lengths[slot]} entries, not {length}."));
        }

        return _arena.AsSpan(_offsets[slot], length);
    }

    /// <summary>Single-precision slot k as a span of exactly <paramref name="length"/> entries.</summary>
    public Span<float> SlotSingle(int slot, int length) => _singleSlots[slot].AsSpan(0, length);

    /// <summary>Throws <see cref="ArgumentException"/> when this workspace was made for a different plan.</summary>
    public void Require(int slots) => Require(slots, singlePrecision: false);

    /// <summary>Throws <see cref="ArgumentException"/> when this workspace was made for a different plan or precision.</summary>
    public void Require(int slots, bool singlePrecision)
    {
        if (singlePrecision != IsSinglePrecision || SlotCount < slots)
        {
            throw new ArgumentException(Invariant($"This workspace has {SlotCount} {(IsSinglePrecision ? "single" : "double")}-precision slots; the kernel needs {slots} {(singlePrecision ? "single" : "double")}-precision ones. Create it with the kernel class's CreateWorkspace."));
        }
    }
}
