using System.Collections.Generic;

namespace NewsEvents.Claims;

/// <summary>
/// The claim tokens of each sentence of one article, tokenized once and shared by the extraction phases (typed frames,
/// event mentions, story slots), which read them and never change them.
/// </summary>
internal sealed class SentenceTokens
{
    private readonly List<Token>[] _tokens;

    /// <summary>Tokenizes every sentence of an article.</summary>
    /// <param name="article">The article.</param>
    public SentenceTokens(Article article)
    {
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
}
