using Dmf.Verify.Landscape;
using Dmf.Verify.Numerics;

namespace Dmf.Verify.Descent;

/// <summary>One run: its seed, where it ended, and the type it reached.</summary>
public sealed record DescentRun(int Seed, DescentEnd End, IdentifiedType Reached, Classification? Class);
