using Xunit;

namespace Dmf.Tests.Shared;

/// <summary>
/// An optional external program (the z3 executable, cvc5, chromium): found on PATH or not. Tests that exercise one are
/// marked <see cref="RequiresProgramFactAttribute"/>: where it is missing they are reported skipped, with the reason,
/// never failed and never silently passed. CI (.ci/run) installs every such program, so there they all run.
/// </summary>
public static class OptionalProgram
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(IsExecutable);

    /// <summary>The skip reason for a test that needs <paramref name="name"/>, or null where it is installed.</summary>
    public static string? SkipReason(string name, string package) =>
        Find(name) is null ? $"needs the '{name}' executable, which is not on PATH here (Debian package {package}; .ci/run installs it)" : null;

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}

/// <summary>A <see cref="FactAttribute"/> that is skipped, with the reason, where the program is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresProgramFactAttribute : FactAttribute
{
    /// <summary>Needs <paramref name="program"/> (from the Debian package <paramref name="package"/>, default the same name).</summary>
    public RequiresProgramFactAttribute(string program, string? package = null)
    {
        Program = program;
        if (OptionalProgram.SkipReason(program, package ?? program) is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The program the test runs.</summary>
    public string Program { get; }
}
