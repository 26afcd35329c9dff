using Dmf.Kernels;

namespace Dmf.Benchmarks;

[DmfKernel(Depth = 2)]
public static partial class Generated2 { }

[DmfKernel(Depth = 3)]
public static partial class Generated3 { }

[DmfKernel(Depth = 5)]
public static partial class Generated5 { }

[DmfKernel(Depth = 8)]
public static partial class Generated8 { }

[DmfKernel(Depth = 2, Widths = new[] { 4, 4, 4 })]
public static partial class Fixed2x4 { }

[DmfKernel(Depth = 3, Widths = new[] { 4, 4, 4, 4 })]
public static partial class Fixed3x4 { }

[DmfKernel(Depth = 5, Widths = new[] { 4, 4, 4, 4, 4, 4 })]
public static partial class Fixed5x4 { }

[DmfKernel(Depth = 8, Widths = new[] { 4, 4, 4, 4, 4, 4, 4, 4, 4 })]
public static partial class Fixed8x4 { }

[DmfKernel(Depth = 2, Widths = new[] { 16, 16, 16 })]
public static partial class Fixed2x16 { }

[DmfKernel(Depth = 3, Widths = new[] { 16, 16, 16, 16 })]
public static partial class Fixed3x16 { }

[DmfKernel(Depth = 5, Widths = new[] { 16, 16, 16, 16, 16, 16 })]
public static partial class Fixed5x16 { }

[DmfKernel(Depth = 8, Widths = new[] { 16, 16, 16, 16, 16, 16, 16, 16, 16 })]
public static partial class Fixed8x16 { }
