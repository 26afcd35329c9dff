using System.Runtime.InteropServices;

namespace Dmf.Cli.Output;

/// <summary>What a path names on disk, as stat(2) says, read through the runtime's own System.Native (shipped with .NET).</summary>
internal enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file (not a symbolic link).</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link (e.g. /dev/stdout): written through, never replaced.</summary>
    Link,

    /// <summary>A device, FIFO or socket (/dev/null, /dev/full, a named pipe): written through, never replaced.</summary>
    Special,
}

/// <summary>lstat(2) of a path.</summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;
    private const int LinkType = 0xA000;

    /// <summary>The kind of <paramref name="fullPath"/>, not following a final symbolic link.</summary>
    public static FileKind Of(string fullPath)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                // FileStatus of System.Native: Flags (int32), Mode (int32), ...; the buffer is larger than the struct.
                Span<byte> status = stackalloc byte[512];
                if (LStat(fullPath, ref MemoryMarshal.GetReference(status)) != 0)
                {
                    return FileKind.Missing;
                }

                int mode = BitConverter.ToInt32(status.Slice(4, 4)) & TypeMask;
                return mode switch
                {
                    RegularType => FileKind.Regular,
                    DirectoryType => FileKind.Directory,
                    LinkType => FileKind.Link,
                    _ => FileKind.Special,
                };
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to what the managed API can tell.
            }
        }

        return System.IO.Directory.Exists(fullPath) ? FileKind.Directory
            : File.Exists(fullPath) ? (new FileInfo(fullPath).LinkTarget is null ? FileKind.Regular : FileKind.Link)
            : FileKind.Missing;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte output);
}
