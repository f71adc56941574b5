using System.Runtime.InteropServices;

namespace FrontDesk.Data;

// Asks the kernel whether a new open of a file for writing would be allowed now, without opening it: opening and
// closing another descriptor on a SQLite file would drop the locks SQLite holds on it in this process. The answer
// covers what file modes alone do not: the immutable flag and a read-only mount stop even root.
public static class FileWriteAccess
{
    private const int WriteOk = 2;

    public static bool IsWritable(string path)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) || !File.Exists(path))
        {
            return true;
        }
        return Access(path, WriteOk) == 0;
    }

    [DllImport("libc", EntryPoint = "access")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);
}
