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
