using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NewsEvents.Cli.Output;

/// <summary>Writes a file atomically: a temporary file in the same folder, flushed to disk, then moved over the target.</summary>
/// <remarks>Readers see either the old file or the whole new one; on failure or cancellation no temporary file remains.</remarks>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Checks, before any work, that the output can go where it should.</summary>
    /// <param name="path">The target path.</param>
    /// <returns>Why it cannot, or <see langword="null"/>.</returns>
    public static string? Check(string path)
    {
        if (!TryGetFullPath(path, out var full))
        {
            return InvalidPath;
        }

        if (Directory.Exists(full))
        {
            return "is a folder";
        }

        var folder = Path.GetDirectoryName(full);
        return folder is null || Directory.Exists(folder) ? null : "its folder does not exist";
    }

    /// <summary>Why a path that cannot be made absolute is refused.</summary>
    public const string InvalidPath = "not a valid path";

    /// <summary>Makes a path absolute, or tells that it is not a valid path.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="full">The absolute path, or empty.</param>
    /// <returns>Whether the path is valid.</returns>
    public static bool TryGetFullPath(string path, out string full)
    {
        try
        {
            full = Path.GetFullPath(path);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            full = "";
            return false;
        }
    }

    /// <summary>
    /// Writes a text file atomically from a writer (UTF-8 without a byte-order mark), so that a report larger than a string
    /// can hold (a day of news in JSON) is streamed to disk; a device is written in place.
    /// </summary>
    /// <param name="path">The target path.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="cancellationToken">Stops the write before the move.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the move.</exception>
    public static void Write(string path, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        // Write where a link points, so that the link stays a link instead of being replaced by a file.
        var full = Path.GetFullPath(path);
        full = LinkTarget(full) ?? full;
        if (IsDevice(full))
        {
            // A device (/dev/stdout, /dev/full …) cannot be replaced atomically; renaming over it would destroy it.
            cancellationToken.ThrowIfCancellationRequested();
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            using var deviceWriter = new StreamWriter(device, Utf8, 65536);
            write(deviceWriter);
            deviceWriter.Flush();
            return;
        }

        var temporary = TemporaryFor(full);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            {
                using (var writer = new StreamWriter(stream, Utf8, 65536, leaveOpen: true))
                {
                    write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes a file atomically from a stream writer (used for binary formats such as Parquet).</summary>
    /// <param name="path">The target path; devices are not supported.</param>
    /// <param name="write">Writes the content to the temporary file's stream.</param>
    /// <param name="cancellationToken">Stops the write before the move.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the move.</exception>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        full = LinkTarget(full) ?? full;
        var temporary = TemporaryFor(full);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, useAsync: true))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A new hidden file name beside the target, from which the finished file is moved into place.</summary>
    private static string TemporaryFor(string full) =>
        Path.Combine(Path.GetDirectoryName(full) ?? ".", "." + Path.GetFileName(full) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".tmp");

    /// <summary>The final target of a symbolic link, or <see langword="null"/> when the path is not a link (or does not exist yet).</summary>
    private static string? LinkTarget(string full)
    {
        var info = new FileInfo(full);
        return info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
    }

    private static bool IsDevice(string full) =>
        !OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(full);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the original failure is what the user needs to see, and it is rethrown by the caller.
        }
    }
}
