using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using NewsEvents.Cli.Output;

namespace NewsEvents.Cli.Input;

/// <summary>An article with the input it came from (a file, or a file and line).</summary>
internal sealed record InputArticle(Article Article, string Origin);

/// <summary>
/// Reads the inputs one at a time into articles, reporting each bad input and going on with the others.
/// Articles handed out but not yet analyzed are remembered, so that an analysis failure can be pinned to its input.
/// </summary>
internal sealed class ArticleSource : IDisposable
{
    private readonly IReadOnlyList<InputItem> _items;
    private readonly TextReader _stdin;
    private readonly bool _stdinJsonLines;
    private readonly long _maxBytes;
    private readonly System.Text.Encoding? _encoding;
    private readonly ImmutableDictionary<string, ArticleMetadata> _metadata;
    private readonly Diagnostics _diagnostics;
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<InputArticle> _pending = new();
    private readonly IEnumerator<InputArticle> _articles;
    private int _filesRead;

    public ArticleSource(IReadOnlyList<InputItem> items, TextReader stdin, bool stdinJsonLines, long maxBytes, System.Text.Encoding? encoding,
        ImmutableDictionary<string, ArticleMetadata> metadata, Diagnostics diagnostics, CancellationToken cancellationToken)
    {
        _items = items;
        _stdin = stdin;
        _stdinJsonLines = stdinJsonLines;
        _maxBytes = maxBytes;
        _encoding = encoding;
        _metadata = metadata;
        _diagnostics = diagnostics;
        _articles = ReadAll(cancellationToken).GetEnumerator();
    }

    /// <summary>Gets how many inputs have been read so far.</summary>
    public int FilesRead => Volatile.Read(ref _filesRead);

    /// <summary>Gets the ids of the articles read so far.</summary>
    public IReadOnlyCollection<string> Ids => _origins.Keys;

    /// <summary>Gets the articles not read yet; enumerating it again resumes where the last enumeration stopped.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The remaining articles.</returns>
    public async IAsyncEnumerable<Article> Remaining([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!_articles.MoveNext())
            {
                yield break;
            }

            _pending.Enqueue(_articles.Current);
            yield return _articles.Current.Article;

            // Let the consumer run between reads, so reading and analysis overlap.
            await Task.Yield();
        }
    }

    /// <summary>Marks the oldest pending article as analyzed.</summary>
    public void Analyzed() => _pending.TryDequeue(out _);

    /// <summary>Takes the articles handed out but not analyzed (after an analysis failure).</summary>
    public List<InputArticle> TakePending()
    {
        var result = new List<InputArticle>();
        while (_pending.TryDequeue(out var article))
        {
            result.Add(article);
        }

        return result;
    }

    public void Dispose() => _articles.Dispose();

    private IEnumerable<InputArticle> ReadAll(CancellationToken cancellationToken)
    {
        foreach (var item in _items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = ReadInput(item);
            Interlocked.Increment(ref _filesRead);
            if (text is null)
            {
                continue;
            }

            var jsonLines = item.Path is null ? _stdinJsonLines : InputCollector.IsJsonLines(item.Path);
            if (jsonLines)
            {
                foreach (var (line, content) in JsonLines.Lines(text))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var origin = $"{item.Name}:{line}";
                    if (!JsonLines.TryParse(content, out var record, out var error))
                    {
                        _diagnostics.Error(origin, error);
                        continue;
                    }

                    _metadata.TryGetValue(record.Id, out var known);
                    var metadata = new ArticleMetadata(record.Id, record.Source ?? known?.Outlet, record.Title ?? known?.Title,
                        record.Published ?? known?.Published, record.Url ?? known?.Url);
                    if (TryCreate(origin, metadata, record.Text, html: false) is { } article)
                    {
                        yield return article;
                    }
                }
            }
            else
            {
                var id = item.Path is null ? "stdin" : Path.GetFileNameWithoutExtension(item.Path);
                if (string.IsNullOrWhiteSpace(id) || id.Trim().Length != id.Length)
                {
                    _diagnostics.Error(item.Name, $"file name gives the article id '{id}', which is empty or starts or ends with white space");
                    continue;
                }

                var metadata = _metadata.TryGetValue(id, out var known) ? known : new ArticleMetadata(id);
                var html = item.Path is not null && InputCollector.IsHtml(item.Path);
                if (TryCreate(item.Name, metadata, text, html) is { } article)
                {
                    yield return article;
                }
            }
        }
    }

    private InputArticle? TryCreate(string origin, ArticleMetadata metadata, string text, bool html)
    {
        if (_origins.TryGetValue(metadata.Id, out var first))
        {
            _diagnostics.Error(origin, $"duplicate article id '{metadata.Id}' (first read from {first}); skipped");
            return null;
        }

        Article article;
        try
        {
            article = html
                ? ArticleReader.ReadHtml(text, metadata, warning => _diagnostics.Warning($"{origin}: {warning}"))
                : ArticleReader.Read(text, metadata);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            _diagnostics.Error(origin, "cannot be read as an article: " + e.Message);
            return null;
        }

        _origins.Add(metadata.Id, origin);
        _diagnostics.Verbose($"{origin}: read as article '{metadata.Id}' ({text.Length} characters{(html ? ", HTML" : "")})");
        return new InputArticle(article, origin);
    }

    private string? ReadInput(InputItem item)
    {
        if (item.Path is not null)
        {
            // A FIFO or device found in a folder would block the run forever when opened; such files report a length of 0,
            // like empty files, so zero-length files are read only when named on the command line (e.g. <(command)).
            if (item.Listed && new FileInfo(item.Path) is { Exists: true, Length: 0 })
            {
                _diagnostics.Error(item.Name, "empty file, or a pipe or device (those are read only when named on the command line)");
                return null;
            }

            if (TextDecoder.TryReadFile(item.Path, _maxBytes, InputCollector.IsHtml(item.Path), _encoding, out var text, out var error))
            {
                return text;
            }

            _diagnostics.Error(item.Name, error);
            return null;
        }

        // Standard input is already decoded by the reader; it gets the same size, NUL and emptiness checks.
        var buffer = new char[65536];
        var builder = new System.Text.StringBuilder();
        int read;
        while ((read = _stdin.Read(buffer, 0, buffer.Length)) > 0)
        {
            builder.Append(buffer, 0, read);
            if (builder.Length > _maxBytes)
            {
                _diagnostics.Error(item.Name, FormattableString.Invariant($"too large (over {_maxBytes} characters); the limit is {_maxBytes / (1024 * 1024)} MB"));
                return null;
            }
        }

        var input = builder.ToString();
        if (input.Contains('\0', StringComparison.Ordinal))
        {
            _diagnostics.Error(item.Name, "binary input (contains NUL characters); expected text");
            return null;
        }

        if (string.IsNullOrWhiteSpace(input))
        {
            _diagnostics.Error(item.Name, "empty input");
            return null;
        }

        return input;
    }
}
