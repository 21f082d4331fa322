using System;
using System.IO;
using System.Linq;

namespace NewsEvents.Entities;

/// <summary>Opens embedded resources by their dotted name, whatever separator the build put in the logical name.</summary>
internal static class EmbeddedData
{
    /// <summary>Reads the resource <c>NewsEvents.Resources.&lt;relativeName&gt;</c> ("gazetteer.cues.json").</summary>
    public static string Read(string relativeName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var wanted = "NewsEvents.Resources." + relativeName;

        // %(RecursiveDir) keeps the platform's directory separator ("gazetteer/cues.json" on Linux).
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => string.Equals(n.Replace('/', '.').Replace('\\', '.'), wanted, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The embedded resource {wanted} is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
