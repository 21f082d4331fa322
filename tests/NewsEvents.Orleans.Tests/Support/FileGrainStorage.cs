using System.IO;
using System.Security.Cryptography;
using System.Text;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace NewsEvents.Orleans.Tests.Support;

/// <summary>
/// Grain storage in files of a folder the silos share: unlike memory storage (whose storage grains live on the silos),
/// what it holds survives a silo that stops, as a real database would.
/// </summary>
internal sealed class FileGrainStorage : IGrainStorage
{
    private readonly string _folder;
    private readonly Serializer _serializer;

    public FileGrainStorage(string folder, Serializer serializer)
    {
        Directory.CreateDirectory(folder);
        _folder = folder;
        _serializer = serializer;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (File.Exists(path))
        {
            grainState.State = _serializer.Deserialize<T>(File.ReadAllBytes(path));
            grainState.RecordExists = true;
            grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        var temporary = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temporary, _serializer.SerializeToArray(grainState.State));
        File.Move(temporary, path, overwrite: true);
        grainState.RecordExists = true;
        grainState.ETag = File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.RecordExists = false;
        grainState.ETag = null;
        return Task.CompletedTask;
    }

    private string PathOf(string stateName, GrainId grainId) =>
        Path.Combine(_folder, stateName + "-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(grainId.ToString())))[..32]);
}
