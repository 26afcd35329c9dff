namespace Dmf.Kernels;

/// <summary>
/// Owns every temporary a generated kernel needs, so kernels allocate nothing after the workspace exists.
/// Each kernel class creates its own through <c>CreateWorkspace(in DmfProblem)</c>, which knows the slot sizes
/// of its plan. Not thread-safe: use one workspace per thread.
/// </summary>
public sealed class DmfWorkspace
{
    private readonly double[][] _slots;
    private readonly float[][] _singleSlots;

    /// <summary>A workspace with one buffer per slot, of the given lengths (double precision).</summary>
    public DmfWorkspace(ReadOnlySpan<int> slotLengths)
        : this(slotLengths, singlePrecision: false)
    {
    }

    /// <summary>A workspace with one buffer per slot, of the given lengths, in single or double precision.</summary>
    public DmfWorkspace(ReadOnlySpan<int> slotLengths, bool singlePrecision)
    {
        _slots = new double[singlePrecision ? 0 : slotLengths.Length][];
        _singleSlots = new float[singlePrecision ? slotLengths.Length : 0][];
        for (int k = 0; k < slotLengths.Length; k++)
        {
            if (singlePrecision)
            {
                _singleSlots[k] = new float[slotLengths[k]];
            }
            else
            {
                _slots[k] = new double[slotLengths[k]];
            }
        }
    }

    /// <summary>True when the slots are single precision.</summary>
    public bool IsSinglePrecision => _singleSlots.Length > 0;

    /// <summary>The number of slots.</summary>
    public int SlotCount => Math.Max(_slots.Length, _singleSlots.Length);

    /// <summary>Slot k as a span of exactly <paramref name="length"/> entries.</summary>
    public Span<double> Slot(int slot, int length) => _slots[slot].AsSpan(0, length);

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
