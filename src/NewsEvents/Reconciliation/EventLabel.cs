using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsEvents.Reconciliation;

/// <summary>Short headline-style descriptions of linked events, with actor names ("Syria requests support from Turkey").</summary>
internal static class EventLabel
{
    private const int MaxNames = 3;

    public static string For(Event e, EntityDirectory entities)
    {
        var plural = false;
        string Names(ParticipantRole role)
        {
            var ids = Collapse(e.Participants.Where(p => p.Role == role).Select(p => p.ActorId).Distinct(StringComparer.Ordinal).ToList(), entities);
            var names = ids.Select(entities.ActorName).Distinct(StringComparer.Ordinal).Take(MaxNames).ToList();
            plural |= role == ParticipantRole.Agent && names.Count > 1;
            return names.Count switch
            {
                0 => "",
                1 => names[0],
                _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
            };
        }

        var agent = Names(ParticipantRole.Agent);
        string Verb(string singular) => plural ? Plural(singular) : singular;
        var target = Names(ParticipantRole.Target);
        var recipient = Names(ParticipantRole.Recipient);
        var mediator = Names(ParticipantRole.Mediator);
        var label = e.Type switch
        {
            EventType.Statement => Join("Statement", "by", agent),
            EventType.RequestSupport => Clause(agent, Verb("requests support"), "from", recipient, "Request for support"),
            EventType.Request => Clause(agent, Verb("makes a request"), "to", recipient, "Request"),
            EventType.Meet => agent.Length > 0 ? "Meeting of " + Both(agent, target.Length > 0 ? target : recipient) : "Meeting",
            EventType.Agree => agent.Length > 0 ? "Agreement between " + Both(agent, target.Length > 0 ? target : recipient) : "Agreement",
            EventType.ProvideSupport => Clause(agent, Verb("provides support"), "to", recipient, "Provision of support"),
            EventType.Ceasefire => agent.Length > 0 ? "Ceasefire between " + agent : "Ceasefire",
            EventType.Criticize => Clause(agent, Verb("criticizes"), "", target, "Criticism"),
            EventType.Deny => Clause(agent, Verb("denies"), "", target, "Denial"),
            EventType.Threaten => Clause(agent, Verb("warns"), "", target, "Warning"),
            EventType.Expel => Clause(agent, Verb("expels"), "", target, "Expulsion"),
            EventType.Arrest => Clause(agent, Verb("arrests"), "", target, "Arrests"),
            EventType.Intervene => Clause(agent, Verb("intervenes"), "in", target, "Intervention"),
            EventType.Attack => Clause(agent, Verb("attacks"), "", target, "Attack"),
            EventType.Fight => agent.Length > 0 ? "Fighting between " + Both(agent, target) : "Fighting",
            EventType.Kill => Clause(agent, Verb("kills"), "", target, "Killings"),
            EventType.Injure => Clause(agent, Verb("injures"), "", target, "Injuries"),
            EventType.TakeOver => Clause(agent, Verb("takes over"), "", target, "Takeover"),
            _ => Join("Event", "involving", agent),
        };
        return mediator.Length > 0 ? label + " (brokered by " + mediator + ")" : label;
    }

    /// <summary>
    /// Reduces a chain of related actors to one name: an actor whose ancestor is listed too stands for it ("Turkish Ministry of
    /// National Defense" for Turkey and the ministry), except people and unnamed sources, which give way to their institution.
    /// </summary>
    private static List<string> Collapse(List<string> ids, EntityDirectory entities)
    {
        bool Yields(string id) => entities.TryGetActor(id, out var a) && a.Kind is ActorKind.Person or ActorKind.UnnamedSource;
        return ids.Where(id => !ids.Any(other => other != id &&
                (Yields(id) ? entities.IsActorAncestor(other, id) : entities.IsActorAncestor(id, other) && !Yields(other))))
            .ToList();
    }

    /// <summary>The verb for several agents: "requests support" → "request support", "denies" → "deny".</summary>
    private static string Plural(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? phrase : phrase[..space];
        var rest = space < 0 ? "" : phrase[space..];
        verb = verb.EndsWith("ies", StringComparison.Ordinal) ? verb[..^3] + "y"
            : verb.EndsWith("s", StringComparison.Ordinal) ? verb[..^1] : verb;
        return verb + rest;
    }

    private static string Clause(string agent, string verb, string preposition, string other, string noun)
    {
        if (agent.Length == 0)
        {
            return other.Length == 0 ? noun : noun + (preposition.Length > 0 ? " " + preposition + " " : " against ") + other;
        }

        return agent + " " + verb + (other.Length == 0 ? "" : (preposition.Length > 0 ? " " + preposition + " " : " ") + other);
    }

    private static string Join(string noun, string preposition, string who) => who.Length == 0 ? noun : noun + " " + preposition + " " + who;

    private static string Both(string first, string second) => second.Length == 0 ? first : first + " and " + second;
}
