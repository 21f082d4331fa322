using System.Collections.Generic;
using NewsEvents.Entities;

namespace NewsEvents.Claims;

/// <summary>An entity mention aligned to the tokens of its sentence.</summary>
internal sealed class AlignedMention
{
    public AlignedMention(EntityMention mention, int first, int last)
    {
        Mention = mention;
        First = first;
        Last = last;
    }

    public EntityMention Mention { get; }

    public int First { get; }

    public int Last { get; }

    public bool IsActor => Mention.Category == EntityCategory.Actor;

    public bool IsPlace => Mention.Category == EntityCategory.Place;

    public bool IsSource => Mention.Category == EntityCategory.Source;
}

/// <summary>One story sentence prepared for extraction: tokens and aligned mentions.</summary>
internal sealed class SentenceView
{
    public SentenceView(int index, Sentence sentence, List<Token> tokens, AlignedMention?[] mentionAt, List<AlignedMention> mentions)
    {
        Index = index;
        Sentence = sentence;
        Tokens = tokens;
        MentionAt = mentionAt;
        Mentions = mentions;
    }

    public int Index { get; }

    public Sentence Sentence { get; }

    public List<Token> Tokens { get; }

    public AlignedMention?[] MentionAt { get; }

    public List<AlignedMention> Mentions { get; }

    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset)
            {
                return i;
            }
        }

        return Tokens.Count;
    }
}

/// <summary>Where a typed event's trigger is written: character span, and whether the event's occurred claim is read from it.</summary>
internal readonly record struct TriggerSpan(string EventId, int Start, int End, bool Primary);

/// <summary>An actor filling a role, with the text it was read from.</summary>
/// <summary>An actor in a role of a frame, with the words that name it (<paramref name="Text"/> at <paramref name="Offset"/> in the article).</summary>
internal readonly record struct RoleFill(ParticipantRole Role, string ActorId, string Text, int Offset);

/// <summary>A value claim collected for a frame before ids are assigned.</summary>
/// <summary>A value found for a frame, with where its words are in the article (<paramref name="Start"/>, <paramref name="Length"/>).</summary>
internal sealed record PendingValue(ClaimProperty Property, ClaimValue Value, SentenceView Sentence, Attribution? Attribution, Factuality? Factuality,
    int Start, int Length);

/// <summary>A direct quotation with its speaker.</summary>
internal sealed class QuoteSpan
{
    public QuoteSpan(int start, int end, bool endsAtParagraph)
    {
        Start = start;
        End = end;
        EndsAtParagraph = endsAtParagraph;
    }

    public int Start { get; }

    public int End { get; }

    public bool EndsAtParagraph { get; }

    public int Words { get; set; }

    public string? Speaker { get; set; }

    public List<string> Via { get; } = new();

    public bool IsLong => Words >= 8;

    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>One trigger occurrence and what the clause around it says.</summary>
internal sealed class Frame
{
    public Frame(SentenceView sentence, int first, int last, TriggerEntry entry, bool isNoun)
    {
        IsNoun = isNoun;
        Sentence = sentence;
        First = first;
        Last = last;
        Entry = entry;
        Type = entry.Type;
    }

    public SentenceView Sentence { get; }

    public int First { get; }

    public int Last { get; set; }

    public TriggerEntry Entry { get; }

    public EventType Type { get; set; }

    /// <summary>Gets or sets the frame this one was folded into (casualty words, request content, adjacent triggers).</summary>
    public Frame? AbsorbedInto { get; set; }

    public List<RoleFill> Roles { get; } = new();

    public List<PendingValue> Values { get; } = new();

    public Attribution Attribution { get; set; } = Attribution.Outlet;

    public Factuality Factuality { get; set; } = Factuality.Fact;

    public Frame? ResponseTo { get; set; }

    public int EventIndex { get; set; } = -1;

    public bool IsNoun { get; }

    public bool IsVerb => !IsNoun;

    public Frame Owner
    {
        get
        {
            var f = this;
            for (var i = 0; i < 8 && f.AbsorbedInto is not null; i++)
            {
                f = f.AbsorbedInto;
            }

            return f;
        }
    }

    public string? FirstActor(ParticipantRole role)
    {
        foreach (var r in Roles)
        {
            if (r.Role == role)
            {
                return r.ActorId;
            }
        }

        return null;
    }

    public bool HasRole(ParticipantRole role) => FirstActor(role) is not null;
}
