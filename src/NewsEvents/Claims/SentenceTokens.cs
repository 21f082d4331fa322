using System;
using System.Collections.Generic;

namespace NewsEvents.Claims;

/// <summary>
/// The claim tokens of each sentence of one article, tokenized once and shared by the extraction phases (typed frames,
/// event mentions, story slots), which read them and never change them; and the evidence of each sentence, made once and
/// shared by every claim read from it. One article's phases run one after the other on one thread.
/// </summary>
internal sealed class SentenceTokens
{
    private readonly List<Token>[] _tokens;
    private readonly string _articleId;
    private readonly Dictionary<int, Evidence> _evidence = [];

    /// <summary>Tokenizes every sentence of an article.</summary>
    /// <param name="article">The article.</param>
    public SentenceTokens(Article article)
    {
        _articleId = article.Id;
        var sentences = article.Sentences;
        _tokens = new List<Token>[sentences.Length];
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            _tokens[i] = s.Length > 0 && s.Offset >= 0 && s.End <= article.Text.Length
                ? ClaimTokenizer.Tokenize(article.Text, s.Offset, s.Length)
                : [];
        }
    }

    /// <summary>Gets the number of sentences.</summary>
    public int Count => _tokens.Length;

    /// <summary>Gets the tokens of a sentence (index into <see cref="Article.Sentences"/>); callers must not change the list.</summary>
    /// <param name="sentence">The sentence's index.</param>
    public List<Token> this[int sentence] => _tokens[sentence];

    /// <summary>
    /// Gets the evidence of the text at <paramref name="offset"/> (a sentence, or a title line): the same object for every
    /// claim read from it, since evidence is immutable.
    /// </summary>
    /// <param name="offset">The text's offset in the article.</param>
    /// <param name="text">The text.</param>
    public Evidence Evidence(int offset, string text)
    {
        if (!_evidence.TryGetValue(offset, out var evidence) || !string.Equals(evidence.Text, text, StringComparison.Ordinal))
        {
            evidence = new Evidence(_articleId, offset, text);
            _evidence[offset] = evidence;
        }

        return evidence;
    }
}
