using Dmf.Kernels;

namespace Dmf.Kernels.Tests;

[DmfKernel(Depth = 2)]
public static partial class Dmf2 { }

[DmfKernel(Depth = 3)]
public static partial class Dmf3 { }

[DmfKernel(Depth = 4)]
public static partial class Dmf4 { }

[DmfKernel(Depth = 5)]
public static partial class Dmf5 { }

[DmfKernel(Depth = 6)]
public static partial class Dmf6 { }

[DmfKernel(Depth = 7)]
public static partial class Dmf7 { }

[DmfKernel(Depth = 8)]
public static partial class Dmf8 { }

[DmfKernel(Depth = 4, Widths = new[] { 2, 3, 3, 2, 2 })]
public static partial class Dmf4Fixed { }

[DmfKernel(Depth = 3, Widths = new[] { 8, 6, 5, 7 })]
public static partial class Dmf3Mixed { }

[DmfKernel(Depth = 3, Float32 = true)]
public static partial class Dmf3Single { }

[DmfKernel(Depth = 2, Widths = new[] { 2, 2, 2 }, Float32 = true)]
public static partial class Dmf2SingleFixed { }

[DmfKernel(Depth = 3, Widths = new[] { 16, 12, 8, 16 })]
public static partial class Dmf3Vector { }

[DmfKernel(Depth = 4, Widths = new[] { 16, 16, 16, 16, 16 })]
public static partial class Dmf4Vector16 { }

[DmfKernel(Depth = 2, Widths = new[] { 4, 4, 4 })]
public static partial class Dmf2Vector4 { }

[DmfKernel(Depth = 3, Widths = new[] { 4, 8, 4, 8 })]
public static partial class Dmf3Vector4x8 { }
