using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsEvents.Internal;

namespace NewsEvents;

/// <summary>An actor taking part in an event in a role.</summary>
/// <param name="ActorId">The canonical actor identifier.</param>
/// <param name="Role">The role the actor plays.</param>
public readonly record struct Participant(string ActorId, ParticipantRole Role)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Role}:{ActorId}";
}

/// <summary>A typed happening: who did what to whom, when and where, as reported by one or more articles.</summary>
/// <remarks>Immutable; equal by value, including collection contents.</remarks>
public sealed record Event
{
    /// <summary>The invariants of an event, checked by the constructor and by the validator built from them.</summary>
    internal static readonly ModelRuleTable<Event> Rules = ModelRuleTable<Event>.Empty
        .Id(nameof(Id), static x => x.Id)
        .Defined(nameof(Type), static x => x.Type)
        .OptionalId(nameof(Place), static x => x.Place)
        .OptionalText(nameof(Frame), static x => x.Frame)
        .Each(nameof(Participants), static x => x.Participants, static (_, p) => !string.IsNullOrWhiteSpace(p.ActorId) && Enum.IsDefined(p.Role),
            "must name an actor and a defined role")
        .Each(nameof(Articles), static x => x.Articles, static (_, id) => ModelRules.IsId(id), ModelRules.IdRequired)
        .Must(nameof(Articles), static x => x.Articles, static (_, ids) => !HasRepeats(ids), "must not repeat an article");

    /// <summary>Creates an event and checks its invariants.</summary>
    /// <param name="id">Stable event identifier.</param>
    /// <param name="type">The event type.</param>
    /// <param name="participants">Actors with roles.</param>
    /// <param name="time">When it happened, if known.</param>
    /// <param name="place">Identifier of where it happened, if known.</param>
    /// <param name="articles">Identifiers of the articles that report it.</param>
    /// <param name="label">A short human-readable description ("Syria requests support from Turkey").</param>
    /// <param name="frame">The frame of the event lexicon that types it ("shooting", "earthquake"), if any.</param>
    /// <param name="isStory">Whether this is the story event of its articles: what the headline and lead report.</param>
    /// <exception cref="ArgumentException">An invariant does not hold.</exception>
    public Event(string id, EventType type, ImmutableArray<Participant> participants = default, TemporalValue? time = null,
        string? place = null, ImmutableArray<string> articles = default, string? label = null, string? frame = null,
        bool isStory = false)
    {
        Frame = frame;
        IsStory = isStory;
        Id = id;
        Type = type;
        _participants = participants.OrEmpty();
        Time = time;
        Place = place;
        _articles = articles.OrEmpty();
        Label = label;
        Rules.Check(this);
    }

    /// <summary>Gets the event identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the event type.</summary>
    public EventType Type { get; }

    /// <summary>Gets the participants with roles.</summary>
    public ImmutableArray<Participant> Participants => _participants.AsImmutableArray();

    private readonly EquatableArray<Participant> _participants;

    /// <summary>Gets when it happened, or <see langword="null"/>.</summary>
    public TemporalValue? Time { get; init; }

    /// <summary>Gets the place identifier, or <see langword="null"/>.</summary>
    public string? Place { get; }

    /// <summary>Gets the identifiers of the reporting articles.</summary>
    public ImmutableArray<string> Articles => _articles.AsImmutableArray();

    private readonly EquatableArray<string> _articles;

    /// <summary>Gets a short description, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets the frame of the event lexicon that types the event ("shooting", "earthquake"), or <see langword="null"/>.</summary>
    public string? Frame { get; }

    /// <summary>
    /// Gets whether this is a story event: the one event per article that its headline and lead report, which carries the
    /// article's frame slots (casualties, ages, times, measures) and links across articles with other story events.
    /// </summary>
    public bool IsStory { get; }

    /// <summary>
    /// Gets where the articles mention the event, in article and offset order: every trigger that refers to it ("the quake",
    /// "struck", "the tremor"), each with its article, span and dictionary form.
    /// </summary>
    /// <exception cref="ArgumentException">A mention is null (on init).</exception>
    public ImmutableArray<EventMention> Mentions
    {
        get => _mentions.AsImmutableArray();
        init
        {
            value = value.OrEmpty();
            foreach (var m in value)
            {
                ArgumentNullException.ThrowIfNull(m, nameof(Mentions));
            }

            _mentions = value;
        }
    }

    private readonly EquatableArray<EventMention> _mentions;

    /// <summary>Gets the actor identifiers in a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The identifiers, in order.</returns>
    internal ImmutableArray<string> ActorsIn(ParticipantRole role) =>
        Participants.Where(p => p.Role == role).Select(p => p.ActorId).ToImmutableArray();

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Id}: {Type}({string.Join(", ", Participants)}){(Time is null ? "" : " at " + Time)}{(Place is null ? "" : " in " + Place)}";

    // Most events have a handful of articles: compared pairwise, allocating nothing. A story that hundreds of outlets
    // carry links events of thousands of articles, which a set checks in linear time.
    private static bool HasRepeats(ImmutableArray<string> ids)
    {
        if (ids.Length > 16)
        {
            var seen = new HashSet<string>(ids.Length, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (!seen.Add(id))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < ids.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(ids[i], ids[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
