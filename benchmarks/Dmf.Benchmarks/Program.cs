using BenchmarkDotNet.Running;

namespace Dmf.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project benchmarks/Dmf.Benchmarks -- --filter '*'</c>
/// (or pick a class, e.g. <c>--filter '*Derivation*'</c>); <c>-- --sizes</c> prints derivation sizes.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Contains("--sizes"))
        {
            DerivationSizes.Print();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
