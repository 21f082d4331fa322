using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NewsEvents.Claims;

/// <summary>Merges frames that mention the same event and turns them into events and claims with evidence.</summary>
internal sealed partial class ExtractionRun
{
    private sealed class EventBuilder
    {
        public EventBuilder(Frame first)
        {
            Type = first.Type;
            Frames.Add(first);
        }

        public EventType Type { get; set; }

        public List<Frame> Frames { get; } = new();

        public List<(RoleFill Role, Frame Frame)> Roles { get; } = new();

        public IEnumerable<string> Ids(ParticipantRole role) => Roles.Where(r => r.Role.Role == role).Select(r => r.Role.ActorId);
    }

    // A claim of an assembled event, made once the claims are in text order and numbered.
    private readonly record struct PendingClaim(int Offset, int EventIndex, int Order, int Sequence, string EventId, ClaimProperty Property, ClaimValue Value,
        Frame Frame, PendingValue? Pending, SentenceView? Sentence, int ValueStart, int ValueLength);

    private const int MaxMergeLookBack = 40;

    // The event's participants: each actor in each role once, in the order the roles were filled.
    private static ImmutableArray<Participant> Participants(EventBuilder b)
    {
        var participants = ImmutableArray.CreateBuilder<Participant>(b.Roles.Count);
        foreach (var (role, _) in b.Roles)
        {
            var p = new Participant(role.ActorId, role.Role);
            if (!participants.Contains(p))
            {
                participants.Add(p);
            }
        }

        return participants.DrainToImmutable();
    }

    // The event's date, the narrowest of its frames' dates (the earliest of equally narrow ones, the first of equal ones),
    // and its place, the first its frames name.
    private static (TemporalValue? Time, string? Place) TimeAndPlace(EventBuilder b)
    {
        TemporalValue? time = null;
        var days = 0;
        string? place = null;
        foreach (var f in b.Frames)
        {
            foreach (var v in f.Values)
            {
                if (v.Property == ClaimProperty.Date)
                {
                    var date = (TemporalValue)v.Value;
                    var width = NodaTime.Period.DaysBetween(date.Start, date.End);
                    if (time is null || width < days || (width == days && date.Start < time.Start))
                    {
                        time = date;
                        days = width;
                    }
                }
                else if (place is null && v.Property == ClaimProperty.Place)
                {
                    place = ((PlaceValue)v.Value).PlaceId;
                }
            }
        }

        return (time, place);
    }

    /// <summary>Gets the trigger spans of the events assembled, each with its event id; the first of an event carries its occurred claim.</summary>
    public List<TriggerSpan> Triggers { get; } = new();

    private (ImmutableArray<Event>, ImmutableArray<Claim>) Assemble()
    {
        var builders = new List<EventBuilder>();
        foreach (var f in _frames.Where(f => f.AbsorbedInto is null).OrderBy(f => f.Sentence.Sentence.Offset).ThenBy(f => f.First))
        {
            // Only the most recent events are candidates, which bounds the work per trigger.
            EventBuilder? target = null;
            var targetIndex = -1;
            for (var k = builders.Count - 1; k >= 0 && k >= builders.Count - MaxMergeLookBack; k--)
            {
                if (CanMerge(builders[k], f))
                {
                    target = builders[k];
                    targetIndex = k;
                    break;
                }
            }

            if (target is null)
            {
                target = new EventBuilder(f);
                builders.Add(target);
                targetIndex = builders.Count - 1;
            }
            else
            {
                target.Frames.Add(f);
                if (f.Type == EventType.RequestSupport)
                {
                    target.Type = EventType.RequestSupport;
                }
            }

            f.EventIndex = targetIndex;
            foreach (var r in f.Roles)
            {
                if (!Holds(target, r.Role, r.ActorId))
                {
                    target.Roles.Add((r, f));
                }
            }
        }

        LinkRequestsAndSupport(builders);
        Consolidate(builders);

        var events = ImmutableArray.CreateBuilder<Event>(builders.Count);
        var pending = new List<PendingClaim>(builders.Count * 4); // an occurred claim, a role or two and a value or two per event
        var seen = new HashSet<(ClaimProperty, string)>(); // the values of one event already pending
        for (var e = 0; e < builders.Count; e++)
        {
            var b = builders[e];
            var eventId = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_article.Id}/e{e + 1}");
            var (time, place) = TimeAndPlace(b);
            events.Add(new Event(eventId, b.Type, Participants(b), time, place, _reporting, Label(b)));

            var first = b.Frames[0];
            var triggerText = TriggerText(first);
            var triggerStart = first.Sentence.Tokens[first.First].Start;
            foreach (var f in b.Frames)
            {
                var tokens = f.Sentence.Tokens;
                Triggers.Add(new TriggerSpan(eventId, tokens[f.First].Start, tokens[Math.Min(f.Last, tokens.Count - 1)].End, f == first));
            }

            pending.Add(new PendingClaim(first.Sentence.Sentence.Offset, e, 0, pending.Count, eventId, ClaimProperty.Occurred, new TextValue(triggerText), first, null, null,
                triggerStart, triggerText.Length));
            foreach (var (role, frame) in b.Roles)
            {
                var property = role.Role switch
                {
                    ParticipantRole.Agent => ClaimProperty.Agent,
                    ParticipantRole.Target => ClaimProperty.Target,
                    ParticipantRole.Recipient => ClaimProperty.Recipient,
                    _ => ClaimProperty.Mediator,
                };
                var value = new ActorValue(role.Text, role.ActorId);
                pending.Add(new PendingClaim(frame.Sentence.Sentence.Offset, e, 1 + (int)property, pending.Count, eventId, property, value, frame, null, null,
                    role.Offset, role.Text.Length));
            }

            seen.Clear();
            foreach (var frame in b.Frames)
            {
                foreach (var v in frame.Values)
                {
                    if (!seen.Add((v.Property, v.Value.ToString())))
                    {
                        continue;
                    }

                    pending.Add(new PendingClaim(v.Sentence.Sentence.Offset, e, 1 + (int)v.Property, pending.Count, eventId, v.Property, v.Value, frame, v, v.Sentence,
                        v.Start, v.Length));
                }
            }
        }

        // By sentence, event and property; the sequence number keeps the order of equal keys (a stable sort).
        pending.Sort(static (x, y) => x.Offset != y.Offset ? x.Offset.CompareTo(y.Offset)
            : x.EventIndex != y.EventIndex ? x.EventIndex.CompareTo(y.EventIndex)
            : x.Order != y.Order ? x.Order.CompareTo(y.Order)
            : x.Sequence.CompareTo(y.Sequence));
        var claims = ImmutableArray.CreateBuilder<Claim>(pending.Count);
        var n = 0;
        foreach (var p in pending)
        {
            n++;
            claims.Add(MakeClaim(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_article.Id}/c{n}"), p.EventId, p.Property, p.Value, p.Frame,
                p.Pending, p.Sentence, p.ValueStart, p.ValueLength));
        }

        return (events.ToImmutable(), claims.ToImmutable());
    }

    private Claim MakeClaim(string id, string eventId, ClaimProperty property, ClaimValue value, Frame frame, PendingValue? pending, SentenceView? sentence,
        int valueStart, int valueLength)
    {
        var s = (sentence ?? frame.Sentence).Sentence;
        var attribution = pending?.Attribution is { } own
            ? new Attribution(own.Speaker, own.Via.IsEmpty ? frame.Attribution.Via : own.Via)
            : frame.Attribution;
        if (attribution.Via.IsEmpty && _articleVia.Count > 0 && !_articleVia.Contains(attribution.Speaker ?? string.Empty, StringComparer.Ordinal))
        {
            // One attribution per speaker and state of the article's relays, shared by the claims that take it.
            var key = (attribution.Speaker ?? "\0", _articleVia.Count);
            if (!_viaAttributions.TryGetValue(key, out var shared))
            {
                shared = new Attribution(attribution.Speaker, [.. _articleVia]);
                _viaAttributions[key] = shared;
            }

            attribution = shared;
        }

        var factuality = pending?.Factuality ?? frame.Factuality;
        return new Claim(id, eventId, property, _article.Id, value, attribution, factuality, _tokens.Evidence(s.Offset, s.Text),
            valueSpan: ValueSpans.Of(_article, value.Text, valueStart, valueLength));
    }

    private static readonly ParticipantRole[] MergeRoles = [ParticipantRole.Agent, ParticipantRole.Recipient];

    private static bool HasRole(EventBuilder b, ParticipantRole role)
    {
        foreach (var (r, _) in b.Roles)
        {
            if (r.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRole(Frame f, ParticipantRole role)
    {
        foreach (var r in f.Roles)
        {
            if (r.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(EventBuilder b, ParticipantRole role, string id)
    {
        foreach (var (r, _) in b.Roles)
        {
            if (r.Role == role && string.Equals(r.ActorId, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(Frame f, ParticipantRole role, string id)
    {
        foreach (var r in f.Roles)
        {
            if (r.Role == role && string.Equals(r.ActorId, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the event and the frame name one participant in the role.
    private static bool Shares(EventBuilder b, Frame f, ParticipantRole role)
    {
        foreach (var r in f.Roles)
        {
            if (r.Role == role && Holds(b, role, r.ActorId))
            {
                return true;
            }
        }

        return false;
    }

    // Whether every participant the event names in the role is one the frame names there too.
    private static bool AllIn(EventBuilder b, Frame f, ParticipantRole role)
    {
        foreach (var (r, _) in b.Roles)
        {
            if (r.Role == role && !Holds(f, role, r.ActorId))
            {
                return false;
            }
        }

        return true;
    }

    // Whether every participant the frame names in the role is one the event names there too.
    private static bool AllIn(Frame f, EventBuilder b, ParticipantRole role)
    {
        foreach (var r in f.Roles)
        {
            if (r.Role == role && !Holds(b, role, r.ActorId))
            {
                return false;
            }
        }

        return true;
    }

    private bool CanMerge(EventBuilder b, Frame f)
    {
        var compatibleType = b.Type == f.Type ||
                             (b.Type is EventType.Request or EventType.RequestSupport && f.Type is EventType.Request or EventType.RequestSupport);
        if (!compatibleType)
        {
            return false;
        }

        var shared = false;
        foreach (var role in MergeRoles)
        {
            if (!HasRole(b, role) || !HasRole(f, role))
            {
                continue; // an empty side never blocks the merge nor shares a participant
            }

            // Both sides name someone in the role. A multi-party event ("agreed", "met") merges when one side's parties are
            // all among the other's; any other event when the two share one of them.
            var multiParty = role == ParticipantRole.Agent && f.Type is EventType.Agree or EventType.Fight or EventType.Meet or EventType.Ceasefire;
            if (multiParty ? !(AllIn(b, f, role) || AllIn(f, b, role)) : !Shares(b, f, role))
            {
                return false;
            }

            shared = true;
        }

        if (shared)
        {
            return true;
        }

        // An anaphoric mention without participants ("the request", "the fighting", "the announcement") is the latest such event.
        var bareAnaphor = f.Roles.Count == 0 && (f.IsNoun || f.Type != EventType.Statement);
        if (bareAnaphor || (b.Roles.Count == 0 && b.Type != EventType.Statement))
        {
            return true;
        }

        // A request with participants merges into an earlier one that lacks the conflicting roles.
        return f.Type is EventType.Request or EventType.RequestSupport && b.Roles.Count == 0;
    }

    /// <summary>A provision of support answers a request: fill the recipient or requester each one lacks from the other.</summary>
    private static void LinkRequestsAndSupport(List<EventBuilder> builders)
    {
        var requests = builders.Where(b => b.Type is EventType.RequestSupport or EventType.Request).ToList();
        var provisions = builders.Where(b => b.Type == EventType.ProvideSupport).ToList();
        foreach (var p in provisions)
        {
            var linked = p.Frames.Select(f => f.ResponseTo).FirstOrDefault(r => r is not null);
            var request = linked is not null
                ? requests.FirstOrDefault(r => r.Frames.Any(f => f == linked || f == linked.Owner))
                : null;
            if (request is null)
            {
                var candidates = requests.Where(r => r.Type == EventType.RequestSupport &&
                    p.Ids(ParticipantRole.Recipient).Any(id => r.Ids(ParticipantRole.Agent).Contains(id, StringComparer.Ordinal))).ToList();
                request = candidates.Count == 1 ? candidates[0] : null;
            }
            if (request is null && linked is not null && requests.Count > 0)
            {
                request = requests[^1];
            }

            if (request is null)
            {
                continue;
            }

            Fill(p, ParticipantRole.Recipient, request, ParticipantRole.Agent);
            Fill(p, ParticipantRole.Agent, request, ParticipantRole.Recipient);
            Fill(request, ParticipantRole.Recipient, p, ParticipantRole.Agent);
        }
    }

    /// <summary>After linking, events of one type with the same agents and recipients are one event.</summary>
    /// <remarks>
    /// The earliest event of each group absorbs the later ones, latest first. An event's agents and recipients do not change
    /// while it absorbs (the absorbed have the same ones), so grouping by a key is the same as comparing every pair.
    /// </remarks>
    private static void Consolidate(List<EventBuilder> builders)
    {
        Dictionary<string, List<int>>? groups = null;
        for (var i = 0; i < builders.Count; i++)
        {
            var b = builders[i];
            if (b.Type is not (EventType.ProvideSupport or EventType.RequestSupport))
            {
                continue;
            }

            var agents = IdSet(b, ParticipantRole.Agent);
            var recipients = IdSet(b, ParticipantRole.Recipient);
            if (agents.Count == 0 || recipients.Count == 0)
            {
                continue;
            }

            var key = string.Concat(b.Type.ToString(), "\u0002", string.Join('\u0001', agents), "\u0002", string.Join('\u0001', recipients));
            groups ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = new List<int>();
            }

            members.Add(i);
        }

        if (groups is null)
        {
            return;
        }

        var absorbed = new bool[builders.Count];
        var any = false;
        foreach (var members in groups.Values)
        {
            var a = builders[members[0]];
            for (var m = members.Count - 1; m > 0; m--)
            {
                var b = builders[members[m]];
                a.Frames.AddRange(b.Frames);
                foreach (var r in b.Roles)
                {
                    if (!Holds(a, r.Role.Role, r.Role.ActorId))
                    {
                        a.Roles.Add(r);
                    }
                }

                absorbed[members[m]] = true;
                any = true;
            }
        }

        if (any)
        {
            var kept = 0;
            for (var i = 0; i < builders.Count; i++)
            {
                if (!absorbed[i])
                {
                    builders[kept++] = builders[i];
                }
            }

            builders.RemoveRange(kept, builders.Count - kept);
        }
    }

    private static SortedSet<string> IdSet(EventBuilder b, ParticipantRole role) => new(b.Ids(role), StringComparer.Ordinal);

    private static void Fill(EventBuilder to, ParticipantRole role, EventBuilder from, ParticipantRole fromRole)
    {
        if (to.Ids(role).Any())
        {
            return;
        }

        var source = from.Roles.FirstOrDefault(r => r.Role.Role == fromRole);
        if (source.Frame is null)
        {
            return;
        }

        to.Roles.Add((source.Role with { Role = role }, to.Frames[0]));
    }

    private string TriggerText(Frame f)
    {
        var tokens = f.Sentence.Tokens;
        var start = tokens[f.First].Start;
        var end = tokens[Math.Min(f.Last, tokens.Count - 1)].End;
        return _article.Text.Substring(start, end - start);
    }

    // "Harlow: Meet (recipient Bryce)": the agents, the type, the other participants by role, each named once.
    private static string Label(EventBuilder b)
    {
        var label = new System.Text.StringBuilder();
        var agents = 0;
        var others = 0;
        for (var i = 0; i < b.Roles.Count; i++)
        {
            var r = b.Roles[i].Role;
            if (r.Role == ParticipantRole.Agent && !NamedBefore(b, i, r))
            {
                label.Append(agents++ == 0 ? string.Empty : " and ").Append(r.ActorId);
            }
        }

        label.Append(agents > 0 ? ": " : string.Empty).Append(b.Type.ToString());
        for (var i = 0; i < b.Roles.Count; i++)
        {
            var r = b.Roles[i].Role;
            if (r.Role != ParticipantRole.Agent && !NamedBefore(b, i, r))
            {
                label.Append(others++ == 0 ? " (" : ", ").Append(r.Role.ToString().ToLowerInvariant()).Append(' ').Append(r.ActorId);
            }
        }

        return (others > 0 ? label.Append(')') : label).ToString();
    }

    // Whether a role before position i names the same participant in the same role.
    private static bool NamedBefore(EventBuilder b, int i, RoleFill r)
    {
        for (var k = 0; k < i; k++)
        {
            if (b.Roles[k].Role.Role == r.Role && string.Equals(b.Roles[k].Role.ActorId, r.ActorId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
