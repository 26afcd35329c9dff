using System.Diagnostics;

namespace Dmf.Generators.Tests;

/// <summary>
/// The NuGet route end to end: `dotnet pack` Dmf.Kernels (runtime + generator + Dmf.Symbolic as analyzers), then build
/// and run a consumer outside the repository that references only that package.
/// </summary>
public class PackageConsumptionTests
{
    [Fact]
    [Trait("Category", "Packaging")]
    public void A_consumer_of_the_package_gets_working_generated_kernels()
    {
        string root = RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), "dmf-package-" + Guid.NewGuid().ToString("N"));
        string version = "0.1.0-test" + Guid.NewGuid().ToString("N").Substring(0, 8);
        Directory.CreateDirectory(work);
        try
        {
            string feed = Pack(root, work, version, "Dmf.Kernels");
            string consumer = Consumer(work, feed, "Dmf.Kernels", version, machineSource: false);

            // The package README's example, verbatim, is the program (every variable it uses is defined in it).
            string readme = File.ReadAllText(Path.Combine(root, "src", "Dmf.Kernels", "PACKAGE.md"));
            string example = System.Text.RegularExpressions.Regex.Match(readme, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
            Assert.Contains(example, File.ReadAllText(Path.Combine(root, "docs", "generator.md")).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), example);

            // Beside it, run before it: widths 1,1,1,1 make F scalar: F = (abc − y)² + Σ λ_l w_l². With a, b, c = 1, 2, 3,
            // y = 5 and λ = 0.5, 0.25, 1: F = 1 + 0.5 + 1 + 9 = 11.5, ∇F = (2·6 + 1, 2·3 + 1, 2·2 + 6) = (13, 7, 10).
            File.WriteAllText(Path.Combine(consumer, "ScalarCheck.cs"),
                "using System.Linq;\nusing Dmf.Kernels;\n" +
                "static class ScalarCheck\n{\n    [System.Runtime.CompilerServices.ModuleInitializer]\n    internal static void Run()\n    {\n" +
                "        var p = new DmfProblem(new[] { 1, 1, 1, 1 }, new[] { 5.0 }, new[] { 0.5, 0.25, 1.0 });\n" +
                "        var g = new double[3];\n" +
                "        double f = Dmf3.LossAndGradient(p, new[] { 1.0, 2.0, 3.0 }, g, Dmf3.CreateWorkspace(p));\n" +
                "        System.Console.WriteLine(string.Join(\" \", new[] { f, g[0], g[1], g[2] }.Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture))));\n" +
                "    }\n}\n" +
                "[DmfKernel(Depth = 3)]\nstatic partial class Dmf3 { }\n");

            string packages = Path.Combine(work, "packages");
            string output = Run(consumer, "run", "--project", consumer, "-c", "Release", "--disable-build-servers", $"-p:RestorePackagesPath={packages}", "-p:InvariantGlobalization=true");
            var lines = output.Trim().Split('\n').Select(line => line.Trim()).ToArray();
            Assert.Equal("11.5 13 7 10", lines[^2]);
            Assert.Equal(Invariant($"F = {ReadmeExampleLoss():F6}"), lines[^1].Split(',')[0]);
            Assert.Matches(@"\|grad F\| = \d+\.\d{6}$", lines[^1]);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    /// <summary>
    /// The libraries route: `dotnet pack` Dmf.Symbolic, Dmf.Kernels and Dmf.Verify, then build docs/library.md's worked
    /// example outside the repository from those packages alone (the Z3 worker comes with Dmf.Verify), run it, and compare
    /// what it prints with the output the page shows. Dmf.Verify's package README shows the same program and output.
    /// </summary>
    [Fact]
    [Trait("Category", "Packaging")]
    public void The_library_example_runs_from_the_packages_and_prints_what_the_docs_show()
    {
        string root = RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), "dmf-library-" + Guid.NewGuid().ToString("N"));
        string version = "0.1.0-test" + Guid.NewGuid().ToString("N").Substring(0, 8);
        try
        {
            string feed = Pack(root, work, version, "Dmf.Symbolic", "Dmf.Kernels", "Dmf.Verify");
            string page = File.ReadAllText(Path.Combine(root, "docs", "library.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var blocks = System.Text.RegularExpressions.Regex.Matches(page, "```(\\w*)\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
            string program = blocks.Single(b => b.Groups[1].Value == "csharp").Groups[2].Value;
            string printed = blocks.Select(b => b.Groups[2].Value).Single(text => text.StartsWith("y_crit", StringComparison.Ordinal));
            string readme = File.ReadAllText(Path.Combine(root, "src", "Dmf.Verify", "PACKAGE.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Contains(program, readme, StringComparison.Ordinal);
            Assert.Contains(printed, readme, StringComparison.Ordinal);

            // The packages' own dependencies (MathNet.Numerics) come from the machine's package folder.
            string consumer = Consumer(work, feed, "Dmf.Verify", version, machineSource: true);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), program);

            string output = Run(consumer, "run", "--project", consumer, "-c", "Release", "--disable-build-servers", $"-p:RestorePackagesPath={Path.Combine(work, "packages")}", "-p:InvariantGlobalization=true");
            Assert.EndsWith(printed.TrimEnd('\n'), output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(consumer, "bin", "Release", "net10.0", "Dmf.Verify.Worker.dll")), "the Z3 worker is copied beside the program");

            // docs/derive.md's "From C#" runs from Dmf.Symbolic's package alone and prints the gradient its comment shows.
            string derivePage = File.ReadAllText(Path.Combine(root, "docs", "derive.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            string deriveProgram = System.Text.RegularExpressions.Regex.Match(derivePage, "```csharp\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
            string gradient = System.Text.RegularExpressions.Regex.Match(deriveProgram, "// (2W.*)\n").Groups[1].Value.Trim();
            string symbolic = Consumer(work, feed, "Dmf.Symbolic", version, machineSource: false, name: "derive");
            File.WriteAllText(Path.Combine(symbolic, "Program.cs"), deriveProgram);
            var printedLines = Run(symbolic, "run", "--project", symbolic, "-c", "Release", "--disable-build-servers", $"-p:RestorePackagesPath={Path.Combine(work, "packages")}", "-p:InvariantGlobalization=true")
                .Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
            Assert.Equal(gradient, printedLines[^2]);
            Assert.InRange(double.Parse(printedLines[^1], System.Globalization.CultureInfo.InvariantCulture), 0, 1e-6);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    /// <summary>Packs <paramref name="projects"/> at <paramref name="version"/> into WORK/feed, each with its metadata checked; the feed.</summary>
    private static string Pack(string root, string work, string version, params string[] projects)
    {
        string feed = Path.Combine(work, "feed");
        foreach (var project in projects)
        {
            Run(root, "pack", Path.Combine(root, "src", project, project + ".csproj"), "-c", "Release", "-o", feed, $"-p:PackageVersion={version}", "--disable-build-servers");
            AssertPackageMetadata(Path.Combine(feed, $"{project}.{version}.nupkg"));
        }

        return feed;
    }

    /// <summary>
    /// WORK/consumer: an executable project outside the repository referencing <paramref name="package"/> alone, restored
    /// from the feed (and, with <paramref name="machineSource"/>, the machine's package folder for third-party dependencies).
    /// </summary>
    private static string Consumer(string work, string feed, string package, string version, bool machineSource, string name = "consumer")
    {
        string consumer = Path.Combine(work, name);
        Directory.CreateDirectory(consumer);
        string machine = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(consumer, "nuget.config"),
            $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n    <add key=\"local\" value=\"{feed}\" />\n" +
            (machineSource ? $"    <add key=\"machine\" value=\"{machine}\" />\n" : string.Empty) + "  </packageSources>\n</configuration>\n");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n" +
            $"  <ItemGroup>\n    <PackageReference Include=\"{package}\" Version=\"{version}\" />\n  </ItemGroup>\n</Project>\n");
        return consumer;
    }

    /// <summary>F of the README example, computed here by plain loops: W_4⋯W_1 − Y and the penalties, W from Random(1) as there.</summary>
    private static double ReadmeExampleLoss()
    {
        int[] widths = { 3, 4, 4, 4, 2 };
        double[] y = { 2.0, 0.0, 0.0, 0.0, 1.6, 0.0 };
        var random = new Random(1);
        var layers = new double[4][,];
        double loss = 0;
        for (int l = 0; l < 4; l++)
        {
            layers[l] = new double[widths[l + 1], widths[l]];
            for (int i = 0; i < widths[l + 1]; i++)
            {
                for (int j = 0; j < widths[l]; j++)
                {
                    layers[l][i, j] = random.NextDouble() - 0.5;
                    loss += 0.5 * layers[l][i, j] * layers[l][i, j];
                }
            }
        }

        var product = layers[0];
        for (int l = 1; l < 4; l++)
        {
            var next = new double[widths[l + 1], widths[0]];
            for (int i = 0; i < widths[l + 1]; i++)
            {
                for (int j = 0; j < widths[0]; j++)
                {
                    for (int k = 0; k < widths[l]; k++)
                    {
                        next[i, j] += layers[l][i, k] * product[k, j];
                    }
                }
            }

            product = next;
        }

        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                double residual = product[i, j] - y[(i * 3) + j];
                loss += residual * residual;
            }
        }

        return loss;
    }

    /// <summary>
    /// The tool route (in this class so the two Release packs never build the shared projects concurrently):
    /// `dotnet pack` Dmf.Cli, `dotnet tool install` it from that folder, and run it.
    /// </summary>
    [Fact]
    public void The_dmf_tool_package_installs_from_a_local_folder_and_runs()
    {
        string root = RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), "dmf-tool-" + Guid.NewGuid().ToString("N"));
        try
        {
            string feed = Path.Combine(work, "feed");
            string tools = Path.Combine(work, "tools");
            Run(root, "pack", Path.Combine(root, "src", "Dmf.Cli", "Dmf.Cli.csproj"), "-c", "Release", "-o", feed, "--disable-build-servers");
            string package = Assert.Single(Directory.GetFiles(feed, "Dmf.Tool.*.nupkg"));
            AssertPackageMetadata(package);

            // Only the natives of the platforms the tool ships for (SkiaSharp would bring 15: 78 MB packed).
            Assert.True(new FileInfo(package).Length <= 30L * 1024 * 1024, $"{new FileInfo(package).Length} bytes");
            using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var runtimes = archive.Entries.Select(e => e.FullName.Split('/')).Where(p => p.Length > 4 && p[3] == "runtimes").Select(p => p[4]).Distinct().Order(StringComparer.Ordinal);
                Assert.Equal(new[] { "linux-arm64", "linux-x64", "osx", "win-x64" }, runtimes);
            }

            Run(work, "tool", "install", "Dmf.Tool", "--tool-path", tools, "--add-source", feed);
            string version = RunTool(Path.Combine(tools, "dmf"), "--version");
            Assert.StartsWith("dmf ", version);
            Assert.Contains("Z3", version);
            string analysis = RunTool(Path.Combine(tools, "dmf"), "analyze", "--no-numeric", "--only", "minimizers");
            Assert.Contains("global minimizer", analysis);

            // The Z3 worker process ships in the package: exact verification runs from the installed tool.
            string exact = RunTool(Path.Combine(tools, "dmf"), "analyze", "--exact", "--no-numeric", "--only", "minimizers");
            Assert.Contains("3 verified, 0 refuted, 0 unknown, 0 vacuous", exact);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    /// <summary>Licence expression, readme, description, tags and a symbols package beside it.</summary>
    private static void AssertPackageMetadata(string package)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(package);
        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspecEntry.Open());
        var metadata = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains(archive.Entries, e => e.FullName == "README.md" && e.Length > 500);
        Assert.Contains(archive.Entries, e => e.FullName == "LICENSE");
        Assert.True(Value("description").Length > 40, Value("description"));
        Assert.True(Value("tags").Split(' ').Length >= 3, Value("tags"));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
        Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), "no symbols package beside " + package);
    }

    private static string RunTool(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{executable} timed out");
        Assert.True(process.ExitCode == 0, $"{executable} {string.Join(' ', arguments)} failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    private static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), $"dotnet {string.Join(' ', arguments)} timed out");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Dmf.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Dmf.sln not found above the test binaries.");
    }
}
