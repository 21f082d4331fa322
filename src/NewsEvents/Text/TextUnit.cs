namespace NewsEvents.Text;

/// <summary>A non-blank line of the article text, trimmed, with its neighbourhood and what the reader made of it.</summary>
/// <remarks>Mutable while one read classifies it; never shared across reads.</remarks>
internal sealed class TextUnit
{
    public TextUnit(int start, int end, bool blankBefore)
    {
        Start = start;
        End = end;
        BlankBefore = blankBefore;
    }

    /// <summary>Gets or sets the offset of the first content character.</summary>
    public int Start { get; set; }

    /// <summary>Gets or sets the offset just past the last content character.</summary>
    public int End { get; set; }

    /// <summary>Gets a value indicating whether a blank line (or the start of the text) precedes the unit.</summary>
    public bool BlankBefore { get; }

    /// <summary>Gets or sets a value indicating whether a blank line (or the end of the text) follows the unit.</summary>
    public bool BlankAfter { get; set; }

    /// <summary>Gets or sets the boilerplate kind, or null while the unit counts as story text.</summary>
    public BoilerplateKind? Kind { get; set; }

    /// <summary>Gets or sets why the unit was set aside.</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the unit looks like a headline (short, no terminal punctuation).</summary>
    public bool HeadlineLike { get; set; }

    public int Length => End - Start;

    public void SetAside(BoilerplateKind kind, string reason)
    {
        Kind = kind;
        Reason = reason;
    }
}
