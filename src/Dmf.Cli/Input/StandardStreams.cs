namespace Dmf.Cli.Input;

/// <summary>
/// The standard streams as the user left them. A stream closed by the shell (<c>&lt;&amp;-</c>) is not an empty one: the
/// runtime reuses the free descriptor for a pipe of its own, which a read would wait on forever. On Linux that shows as
/// descriptor 0 naming a pipe whose writing end this very process holds.
/// </summary>
internal static class StandardStreams
{
    /// <summary>Standard input to read "-" from, or a one-line error naming <paramref name="option"/> when it was closed.</summary>
    public static Stream OpenInput(string option)
    {
        if (InputWasClosed())
        {
            throw new UsageException($"{option}: standard input is closed ('-' reads the matrix from it)");
        }

        return Console.OpenStandardInput();
    }

    /// <summary>Whether descriptor <paramref name="descriptor"/> was opened for writing only (its flags in /proc/self/fdinfo).</summary>
    private static bool WriteOnly(string descriptor)
    {
        foreach (string line in File.ReadLines(Path.Combine("/proc/self/fdinfo", descriptor)))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                int flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                return (flags & 3) == 1;
            }
        }

        return false;
    }

    /// <summary>Whether descriptor 0 is a pipe this process also holds the writing end of (Linux; false elsewhere).</summary>
    public static bool InputWasClosed()
    {
        const string descriptors = "/proc/self/fd";
        if (!OperatingSystem.IsLinux() || !Directory.Exists(descriptors))
        {
            return false;
        }

        try
        {
            string? input = new FileInfo(Path.Combine(descriptors, "0")).LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (string entry in Directory.EnumerateFileSystemEntries(descriptors))
            {
                string name = Path.GetFileName(entry);
                if (name is "0" or "1" or "2")
                {
                    continue;
                }

                if (string.Equals(new FileInfo(entry).LinkTarget, input, StringComparison.Ordinal) && WriteOnly(name))
                {
                    return true;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return false;
    }
}
