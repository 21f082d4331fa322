using System;
using System.IO;

namespace NewsEvents.Internal;

/// <summary>Reads the library's embedded data files (lexicons, gazetteer) by their dotted logical name.</summary>
internal static class EmbeddedData
{
    /// <summary>Reads the resource <c>NewsEvents.Resources.&lt;relativeName&gt;</c> ("gazetteer.cues.json").</summary>
    public static string Read(string relativeName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var wanted = "NewsEvents.Resources." + relativeName;

        using var stream = assembly.GetManifestResourceStream(wanted)
            ?? throw new InvalidOperationException($"The embedded resource {wanted} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
