using System;

namespace Dmf.Kernels;

/// <summary>
/// Owns every temporary a generated kernel needs, so kernels allocate nothing after the workspace exists.
/// Each kernel class creates its own through <c>CreateWorkspace(in DmfProblem)</c>, which knows the slot sizes
/// of its plan. Not thread-safe: use one workspace per thread.
/// </summary>
public sealed class DmfWorkspace
{
    private readonly double[][] _slots;

    /// <summary>A workspace with one buffer per slot, of the given lengths.</summary>
    public DmfWorkspace(ReadOnlySpan<int> slotLengths)
    {
        _slots = new double[slotLengths.Length][];
        for (int k = 0; k < slotLengths.Length; k++)
        {
            _slots[k] = new double[slotLengths[k]];
        }
    }

    /// <summary>The number of slots.</summary>
    public int SlotCount => _slots.Length;

    /// <summary>Slot k as a span of exactly <paramref name="length"/> entries.</summary>
    public Span<double> Slot(int slot, int length) => _slots[slot].AsSpan(0, length);

    /// <summary>Throws <see cref="ArgumentException"/> when this workspace was made for a different plan.</summary>
    public void Require(int slots)
    {
        if (_slots.Length < slots)
        {
            throw new ArgumentException($"This workspace has {_slots.Length} slots; the kernel needs {slots}. Create it with the kernel class's CreateWorkspace.");
        }
    }
}
