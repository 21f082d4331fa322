using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsEvents.Claims;

/// <summary>Participant rules: subjects, objects, prepositional roles, possessives, coordination, passives.</summary>
internal sealed partial class ExtractionRun
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "they", "he", "she", "we", "our", "us" };

    private static readonly HashSet<string> NotRecipientPrepositions = new(StringComparer.Ordinal)
    {
        "from", "by", "with", "against", "in", "at", "on", "between", "among", "including", "within", "across", "of", "about", "over", "amid",
    };

    private void FillRoles(Frame f, List<Frame> sentenceFrames)
    {
        var s = f.Sentence;
        var tokens = s.Tokens;
        var type = f.Type;
        var cls = f.Entry.Class;
        Frame? previousVerb = null;
        for (var k = sentenceFrames.Count - 1; k >= 0 && previousVerb is null; k--)
        {
            var o = sentenceFrames[k];
            previousVerb = o.Last < f.First && o.AbsorbedInto is null && o.IsVerb ? o : null;
        }

        // Mediator: "US-brokered ceasefire", "a truce brokered by Egypt".
        for (var i = Math.Max(0, f.First - 4); i < f.First; i++)
        {
            if (s.MentionAt[i] is { IsActor: true } m && m.Last + 2 < f.First + 1 && m.Last + 2 < tokens.Count &&
                tokens[m.Last + 1].Lower == "-" && _lexicon.MediatorCues.TryMatch(tokens, m.Last + 2, out _, out _))
            {
                AddRole(f, ParticipantRole.Mediator, m);
                i = m.Last;
            }
        }

        for (var i = f.Last + 1; i < Math.Min(tokens.Count - 2, f.Last + 4); i++)
        {
            if (_lexicon.MediatorCues.TryMatch(tokens, i, out var len, out _) && tokens[i + len].Lower == "by" &&
                NextActor(s, i + len + 1, 4) is { } med)
            {
                AddRole(f, ParticipantRole.Mediator, med);
            }
        }

        if (f.IsVerb)
        {
            var passive = IsPassive(s, f.First);
            var subject = LeftSubject(s, f.First, out var pronoun);
            var coordinated = previousVerb is not null && (IsVerbCoordination(s, previousVerb.Last, f.First) || IsParticipleAfterComma(s, f));
            if (passive)
            {
                var by = ActorAfterWord(s, f.Last + 1, "by", 6);
                if (by is not null)
                {
                    AddRole(f, ParticipantRole.Agent, by);
                }

                if (subject is not null)
                {
                    AddRole(f, cls is TriggerClass.Request or TriggerClass.Provide or TriggerClass.Meet ? ParticipantRole.Recipient : ParticipantRole.Target, subject);
                }
            }
            else if (coordinated && previousVerb!.FirstActor(ParticipantRole.Agent) is { } inherited)
            {
                f.Roles.Add(previousVerb.Roles.First(r => r.Role == ParticipantRole.Agent) with { Role = ParticipantRole.Agent, ActorId = Normalize(inherited, type) });
            }
            else if (subject is not null)
            {
                AddRole(f, ParticipantRole.Agent, subject);
                AddCoordinatedSubjects(f, s, subject);
            }
            else if (pronoun >= 0 && (type == EventType.Statement && s.Tokens[pronoun].Lower is "he" or "she" or "they"
                         ? LastSpeakerFallback(s.Tokens[pronoun].Start, s.Tokens[pronoun].Lower)
                         : ResolvePronoun(s, pronoun, sentenceFrames)) is { } resolved)
            {
                f.Roles.Add(new RoleFill(ParticipantRole.Agent, Normalize(resolved, type), TokenText(s, pronoun), s.Tokens[pronoun].Start));
            }
            else if (SpeakerOfQuoteBefore(s, f.First) is { } quoted)
            {
                f.Roles.Add(new RoleFill(ParticipantRole.Agent, Normalize(quoted, type), TokenText(s, f.First), s.Tokens[f.First].Start));
            }
            else if (RoleNounBefore(s, f.First) is { } roleNoun && LastSpeakerFallback(s.Tokens[roleNoun].Start, s.Tokens[roleNoun].Lower) is { } official)
            {
                f.Roles.Add(new RoleFill(ParticipantRole.Agent, Normalize(official, type), TokenText(s, roleNoun), s.Tokens[roleNoun].Start));
            }
        }
        else
        {
            NounAgents(f, s, sentenceFrames);
        }

        // "between X and Y" names all parties of fights, deals, ceasefires and meetings.
        if (type is EventType.Fight or EventType.Agree or EventType.Ceasefire or EventType.Meet)
        {
            for (var i = f.Last + 1; i < Math.Min(tokens.Count, f.Last + 11); i++)
            {
                if (tokens[i].Lower is ";" or "." or "which" or "that")
                {
                    break;
                }

                if (tokens[i].Lower == "between")
                {
                    foreach (var m in ActorsInPhrase(s, i + 1, 12))
                    {
                        AddRole(f, ParticipantRole.Agent, m);
                    }

                    break;
                }

                if (tokens[i].Lower == "with" && type is EventType.Agree or EventType.Meet && NextActor(s, i + 1, 4) is { } partner)
                {
                    AddRole(f, type == EventType.Meet ? ParticipantRole.Recipient : ParticipantRole.Agent, partner);
                    break;
                }
            }
        }

        switch (cls)
        {
            case TriggerClass.Request:
                RequestObjects(f, s);
                Targets(f, s);
                break;
            case TriggerClass.Provide:
                ProvideObjects(f, s);
                Targets(f, s);
                ResponseLink(f, s, sentenceFrames);
                break;
            case TriggerClass.Meet:
                if (f.IsVerb && DirectObject(s, f) is { } met)
                {
                    var phrase = ActorsInPhrase(s, met.First, 12).ToList();
                    AddRole(f, ParticipantRole.Recipient, phrase.LastOrDefault(p => _actors.TryGetValue(p.Mention.EntryId, out var a) && a.Kind == ActorKind.Person) ?? met);
                }

                break;
            case TriggerClass.Statement:
            case TriggerClass.Agree:
            case TriggerClass.Fight:
                break;
            default:
                if (type is EventType.Attack or EventType.Criticize or EventType.Threaten or EventType.Expel or EventType.Arrest or
                    EventType.Kill or EventType.Injure or EventType.TakeOver && !f.HasRole(ParticipantRole.Target))
                {
                    if (FirstObjectActor(s, f.Last + 1, 10) is { } target)
                    {
                        AddRole(f, ParticipantRole.Target, target);
                    }
                }

                break;
        }

        if (type == EventType.Intervene && ActorAfterWord(s, f.Last + 1, "against", 4) is { } opposed)
        {
            AddRole(f, ParticipantRole.Target, opposed);
        }

        if (type == EventType.Attack && !f.HasRole(ParticipantRole.Target) && FirstObjectActor(s, f.Last + 1, 10) is { } attacked)
        {
            AddRole(f, ParticipantRole.Target, attacked);
        }
    }

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "sources", "source", "officials", "official", "spokesperson", "spokesman", "spokeswoman", "ministry", "minister", "envoy", "president",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "gen", "brig", "adm", "dr", "mr", "mrs", "ms", "lt", "col", "maj", "sgt", "capt", "cmdr", "gov", "sen", "rep", "st", "prof", "rev",
    };

    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "ambassador", "analyst", "adviser", "advisor", "commander", "chief", "head", "leader", "foreign", "defense", "defence", "army",
        "navy", "ministry", "secretary", "general", "staff", "mayor", "governor", "premier", "king", "prince", "sheikh", "cleric",
    };

    private static bool IsParticipleAfterComma(SentenceView s, Frame f)
    {
        if (!s.Tokens[f.First].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var i = f.First - 1;
        while (i > 0 && s.Tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            i--;
        }

        return i > 0 && s.Tokens[i].Lower == ",";
    }

    /// <summary>"“…,” the sources said": a speech verb right after a long quote has the quote's speaker.</summary>
    private string? SpeakerOfQuoteBefore(SentenceView s, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 4); i--)
        {
            if (s.Tokens[i].Lower == "\"")
            {
                var end = s.Tokens[i].End;
                return QuoteEndingAt(end) is { IsLong: true } q ? q.Speaker : null;
            }
        }

        return null;
    }

    /// <summary>"the sources said", "the spokesman also condemned": a bare role noun as subject.</summary>
    private static int? RoleNounBefore(SentenceView s, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 3); i--)
        {
            var t = s.Tokens[i].Lower;
            if (RoleNouns.Contains(t))
            {
                return i;
            }

            if (!(t.EndsWith("ly", StringComparison.Ordinal) || t is "also" or "have" or "has" or "had"))
            {
                return null;
            }
        }

        return null;
    }

    private void NounAgents(Frame f, SentenceView s, List<Frame> sentenceFrames)
    {
        var tokens = s.Tokens;
        var victimRole = f.Type is EventType.TakeOver or EventType.Arrest or EventType.Expel or EventType.Kill or EventType.Injure
            ? ParticipantRole.Target : ParticipantRole.Agent;

        // Possessive: "Syria's request", "Israel's recent wave of air strikes".
        for (var i = f.First - 1; i >= Math.Max(0, f.First - 5); i--)
        {
            if (!tokens[i].IsWord || s.MentionAt[i] is { IsPlace: true } || IsVerbish(tokens[i].Lower))
            {
                break;
            }

            if (tokens[i].Lower == "'s" && i > 0 && s.MentionAt[i - 1] is { IsActor: true } owner)
            {
                AddRole(f, victimRole, owner);
                break;
            }
        }

        // Pre-modifier: "Israeli strikes", "the Syrian request", "Turkish support".
        if (!f.HasRole(victimRole))
        {
            for (var i = f.First - 1; i >= Math.Max(0, f.First - 3); i--)
            {
                if (!tokens[i].IsWord || tokens[i].Lower == "'s" || (s.MentionAt[i] is null && !IsModifier(tokens[i])))
                {
                    break;
                }

                if (s.MentionAt[i] is { IsActor: true } modifier)
                {
                    if (!(modifier.Last + 1 < tokens.Count && tokens[modifier.Last + 1].Lower == "-"))
                    {
                        AddRole(f, ParticipantRole.Agent, modifier);
                    }

                    break;
                }
            }
        }

        // "a formal request by the Syrian administration", "the takeover ... by armed groups".
        if (ActorAfterWord(s, f.Last + 1, "by", 8) is { } by)
        {
            AddRole(f, ParticipantRole.Agent, by);
        }

        // Object of a takeover/ouster: "the ouster of X", "the takeover of Damascus".
        if (victimRole == ParticipantRole.Target && !f.HasRole(ParticipantRole.Target) && f.Last + 1 < tokens.Count && tokens[f.Last + 1].Lower == "of")
        {
            // The head of "the ouster of former Syrian regime leader Bashar al-Assad" is the last name in the phrase.
            var victim = ActorsInPhrase(s, f.Last + 2, 8).LastOrDefault();
            if (victim is not null)
            {
                AddRole(f, ParticipantRole.Target, victim);
            }
        }

        // Light verbs: "X made a request", "X launched airstrikes", "X has received a request from Y".
        if (!f.HasRole(ParticipantRole.Agent))
        {
            for (var i = f.First - 1; i >= Math.Max(0, f.First - 6); i--)
            {
                if (tokens[i].Lower is "." or ";" or "," or "that" || s.MentionAt[i] is not null)
                {
                    break;
                }

                var receive = _lexicon.ReceiveVerbs.EndsAt(tokens, i, out var receiveStart, out _);
                var light = !receive && _lexicon.LightVerbs.EndsAt(tokens, i, out receiveStart, out _);
                if (!receive && !light)
                {
                    continue;
                }

                var lightFrame = sentenceFrames.LastOrDefault(o => o.Last < receiveStart && o.IsVerb && o.AbsorbedInto is null);
                var subject = LeftSubject(s, receiveStart, out var pronoun);
                string? subjectId = null;
                var subjectText = string.Empty;
                var subjectOffset = 0;
                if (lightFrame is not null && IsVerbCoordination(s, lightFrame.Last, receiveStart) && lightFrame.FirstActor(ParticipantRole.Agent) is { } inherited)
                {
                    subjectId = inherited;
                    var agent = lightFrame.Roles.First(r => r.Role == ParticipantRole.Agent);
                    (subjectText, subjectOffset) = (agent.Text, agent.Offset);
                }
                else if (subject is not null)
                {
                    subjectId = subject.Mention.EntryId;
                    (subjectText, subjectOffset) = (subject.Mention.Text, subject.Mention.Offset);
                }
                else if (pronoun >= 0 && ResolvePronoun(s, pronoun, sentenceFrames) is { } resolved)
                {
                    subjectId = resolved;
                    (subjectText, subjectOffset) = (TokenText(s, pronoun), s.Tokens[pronoun].Start);
                }

                if (subjectId is not null)
                {
                    if (receive)
                    {
                        f.Roles.Add(new RoleFill(ParticipantRole.Recipient, Normalize(subjectId, f.Type), subjectText, subjectOffset));
                        if (ActorAfterWord(s, f.Last + 1, "from", 6) is { } sender)
                        {
                            AddRole(f, ParticipantRole.Agent, sender);
                        }
                    }
                    else
                    {
                        f.Roles.Add(new RoleFill(ParticipantRole.Agent, Normalize(subjectId, f.Type), subjectText, subjectOffset));
                        if (subject is not null)
                        {
                            AddCoordinatedSubjects(f, s, subject);
                        }
                    }
                }

                break;
            }
        }

        // A fight noun that is the subject of its clause: "clashes between ..." handled by the caller; "Syrian forces clashed" is a verb.
    }

    private void RequestObjects(Frame f, SentenceView s)
    {
        var tokens = s.Tokens;
        var end = ClauseEnd(s, f.Last + 1, ObjectWindow);
        for (var i = f.Last + 1; i < end; i++)
        {
            if (s.MentionAt[i] is not { IsActor: true } m)
            {
                continue;
            }

            var prep = GoverningPreposition(s, m);
            var possessiveOfSupport = m.Last + 1 < tokens.Count && tokens[m.Last + 1].Lower == "'s" &&
                                      SupportWithin(s, m.Last + 2, 3);
            if (prep is "from" or "to" || possessiveOfSupport || (prep is null && f.IsVerb && m.First - f.Last <= 2 && !IsArmedGroup(m)))
            {
                if (!f.HasRole(ParticipantRole.Recipient))
                {
                    AddRole(f, ParticipantRole.Recipient, m);
                }
            }
            else if (prep == "by" && !f.HasRole(ParticipantRole.Agent))
            {
                AddRole(f, ParticipantRole.Agent, m);
            }

            i = m.Last;
        }
    }

    private void ProvideObjects(Frame f, SentenceView s)
    {
        var end = ClauseEnd(s, f.Last + 1, ObjectWindow + 5);
        for (var i = f.Last + 1; i < end; i++)
        {
            if (s.MentionAt[i] is not { IsActor: true } m)
            {
                continue;
            }

            i = m.Last;
            if (IsArmedGroup(m))
            {
                continue;
            }

            var prep = GoverningPreposition(s, m);
            if (prep is not null && NotRecipientPrepositions.Contains(prep))
            {
                continue;
            }

            if (Normalize(m.Mention.EntryId, f.Type) == f.FirstActor(ParticipantRole.Agent))
            {
                continue;
            }

            AddRole(f, ParticipantRole.Recipient, m);
            break;
        }

        // "our works for supplying ... for increasing Syria's defense": a possessive after the trigger names the beneficiary.
        if (!f.HasRole(ParticipantRole.Recipient))
        {
            for (var i = f.Last + 1; i < Math.Min(s.Tokens.Count - 1, f.Last + ObjectWindow + 5); i++)
            {
                if (s.MentionAt[i] is { IsActor: true } m && s.Tokens[m.Last + 1 < s.Tokens.Count ? m.Last + 1 : m.Last].Lower == "'s" && !IsArmedGroup(m))
                {
                    AddRole(f, ParticipantRole.Recipient, m);
                    break;
                }
            }
        }
    }

    /// <summary>Targets of requested or provided support: armed groups after a cue such as "against", "combating", "particularly".</summary>
    private void Targets(Frame f, SentenceView s)
    {
        var tokens = s.Tokens;
        var end = Math.Min(tokens.Count, f.Last + 40);
        var cueSeen = false;
        for (var i = f.Last + 1; i < end; i++)
        {
            if (tokens[i].Lower is ";" || (i > f.Last + 1 && _lexicon.Triggers.TryMatch(tokens, i, out _, out var e) && e.Type == EventType.Statement))
            {
                break;
            }

            if (!cueSeen && _lexicon.TargetCues.TryMatch(tokens, i, out var len, out _))
            {
                cueSeen = true;
                i += len - 1;
                continue;
            }

            if (cueSeen && s.MentionAt[i] is { IsActor: true } m)
            {
                if (IsArmedGroup(m))
                {
                    AddRole(f, ParticipantRole.Target, m);
                    return;
                }

                i = m.Last;
            }
        }
    }

    private void ResponseLink(Frame f, SentenceView s, List<Frame> sentenceFrames)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_lexicon.ResponseCues.TryMatch(tokens, i, out var len, out _))
            {
                continue;
            }

            foreach (var o in sentenceFrames)
            {
                if (o.Entry.Class == TriggerClass.Request && o.First >= i + len && o.First <= i + len + 5)
                {
                    f.ResponseTo = o;
                    return;
                }
            }
        }
    }

    private void AddCoordinatedSubjects(Frame f, SentenceView s, AlignedMention subject)
    {
        // "the US and Turkey had given", "Druze, Bedouin and government forces clashed".
        var i = subject.First - 1;
        while (i >= 1 && s.Tokens[i].Lower is "the" or "a" or "an")
        {
            i--;
        }

        if (i < 1 || s.Tokens[i].Lower != "and")
        {
            return; // a list needs "and" before its last member; a bare comma is apposition or a fronted phrase
        }

        for (var guard = 0; guard < 6 && i >= 1 && s.Tokens[i].Lower is "and" or ","; guard++)
        {
            if (s.MentionAt[i - 1] is not { IsActor: true } other)
            {
                return;
            }

            AddRole(f, ParticipantRole.Agent, other);
            i = other.First - 1;
        }
    }

    private void AddRole(Frame f, ParticipantRole role, AlignedMention m)
    {
        var id = Normalize(m.Mention.EntryId, f.Type);
        foreach (var r in f.Roles)
        {
            if (r.ActorId == id && (r.Role == role || role == ParticipantRole.Agent || r.Role == ParticipantRole.Agent))
            {
                return; // one actor, one role per frame
            }
        }

        f.Roles.Add(new RoleFill(role, id, m.Mention.Text, m.Mention.Offset));
    }

    /// <summary>Maps a government, ministry, army or unnamed official source to its state, except for speakers of statements.</summary>
    private string Normalize(string actorId, EventType type)
    {
        if (type == EventType.Statement)
        {
            return actorId;
        }

        return StateOf(actorId) ?? actorId;
    }

    private string? StateOf(string actorId)
    {
        var id = actorId;
        for (var depth = 0; depth < 6; depth++)
        {
            if (!_actors.TryGetValue(id, out var actor))
            {
                // The chain leaves the known actors: a government body's affiliation is taken to be its state.
                return depth == 0 ? null : id;
            }

            if (actor.Kind == ActorKind.State)
            {
                return actor.Id;
            }

            if (actor.Kind is not (ActorKind.Government or ActorKind.UnnamedSource) || actor.Affiliation is null)
            {
                return null;
            }

            id = actor.Affiliation;
        }

        return null;
    }

    private bool IsArmedGroup(AlignedMention m) =>
        _actors.TryGetValue(m.Mention.EntryId, out var a) && a.Kind == ActorKind.ArmedGroup;

    private static bool IsVerbish(string lower) => lower is "is" or "are" or "was" or "were" or "has" or "have" or "had";

    private static bool IsPassive(SentenceView s, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - 3); i--)
        {
            var t = s.Tokens[i].Lower;
            if (t is "been" or "was" or "were" or "is" or "are" or "being" or "be")
            {
                return !s.Tokens[first].Lower.EndsWith("ing", StringComparison.Ordinal);
            }

            if (!t.EndsWith("ly", StringComparison.Ordinal) && t is not ("also" or "not" or "reportedly"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsVerbCoordination(SentenceView s, int previousLast, int first)
    {
        for (var i = first - 1; i > previousLast; i--)
        {
            var t = s.Tokens[i].Lower;
            if (t == "and")
            {
                return true;
            }

            if (!(t.EndsWith("ly", StringComparison.Ordinal) || t is "also" or "then" or "later" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Finds the nearest actor to the left that is not inside a prepositional phrase; reports a bare pronoun instead.</summary>
    private AlignedMention? LeftSubject(SentenceView s, int index, out int pronoun)
    {
        pronoun = -1;
        var tokens = s.Tokens;
        for (var i = index - 1; i >= Math.Max(0, index - SubjectWindow); i--)
        {
            var t = tokens[i].Lower;
            if (ClauseStops.Contains(t))
            {
                return null;
            }

            if (t == "\"" && QuoteEndingAt(tokens[i].End) is { IsLong: true } closed && !closed.Contains(tokens[Math.Min(index, tokens.Count - 1)].Start))
            {
                return null;
            }

            if (s.MentionAt[i] is { } m)
            {
                if (m.IsActor && GoverningPreposition(s, m) is null && !IsInsideQuoteOnly(s, m, index) && !IsObjectPosition(s, m) && !IsCompoundModifier(s, m))
                {
                    return m;
                }

                i = m.First;
                continue;
            }

            if (Pronouns.Contains(t) && (i == 0 || !Prepositions.Contains(tokens[i - 1].Lower)))
            {
                pronoun = i;
                return null;
            }
        }

        return null;
    }

    /// <summary>A mention right after a lower-case word that is not a determiner, modifier or conjunction is an object ("abandon Syria").</summary>
    private static bool IsObjectPosition(SentenceView s, AlignedMention m)
    {
        var i = m.First - 1;
        while (i >= 0 && s.MentionAt[i] is null && IsModifier(s.Tokens[i]) && s.Tokens[i].Lower is not ("-" or "\""))
        {
            i--;
        }

        if (i < 0)
        {
            return false;
        }

        var t = s.Tokens[i];
        if (!t.IsWord || s.MentionAt[i] is not null || t.Lower == "'s" || char.IsUpper(s.Sentence.Text[t.Start - s.Sentence.Offset]))
        {
            return false;
        }

        return !(ClauseStops.Contains(t.Lower) || RoleNouns.Contains(t.Lower) || TitleNouns.Contains(t.Lower) || t.Lower is "and" or "or" or "nor" or "then" or "also" || t.Lower.EndsWith("ly", StringComparison.Ordinal) ||
                 Prepositions.Contains(t.Lower));
    }

    private bool IsInsideQuoteOnly(SentenceView s, AlignedMention m, int triggerIndex)
    {
        var q = QuoteContaining(m.Mention.Offset);
        return q is not null && q.IsLong && !q.Contains(s.Tokens[Math.Min(triggerIndex, s.Tokens.Count - 1)].Start);
    }

    private string? ResolvePronoun(SentenceView s, int pronoun, List<Frame> sentenceFrames)
    {
        var word = s.Tokens[pronoun].Lower;
        var offset = s.Tokens[pronoun].Start;
        var quote = QuoteContaining(offset) is { IsLong: true } found ? found : null;
        if (word is "we" or "our" or "us" && quote?.Speaker is { } speaker)
        {
            return _actors.TryGetValue(speaker, out var a) && a.Affiliation is not null ? a.Affiliation : speaker;
        }

        // "X announced that it has received ...": the pronoun is the speaker of the matrix clause.
        var matrix = sentenceFrames.LastOrDefault(o => o.Type == EventType.Statement && o.Last < pronoun && o.AbsorbedInto is null);
        if (matrix?.FirstActor(ParticipantRole.Agent) is { } matrixAgent && word is "it" or "they")
        {
            return matrixAgent;
        }

        if (word is "he" or "she")
        {
            return LastActorBefore(offset, a => a.Kind == ActorKind.Person);
        }

        if (word is "it" or "they" && pronoun <= 1 && s.Index > 0)
        {
            // Sentence-initial "It"/"They": the subject of the previous sentence.
            var previous = _sentences[s.Index - 1];
            foreach (var m in previous.Mentions)
            {
                if (m.IsActor && GoverningPreposition(previous, m) is null)
                {
                    return m.Mention.EntryId;
                }
            }
        }

        return null;
    }

    private string? LastActorBefore(int offset, Func<Actor, bool> predicate)
    {
        var last = LastMentionBefore(offset);
        for (var i = last; i >= 0 && i > last - MaxLookBack; i--)
        {
            var m = _allMentions[i];
            if (m.IsActor && _actors.TryGetValue(m.Mention.EntryId, out var a) && predicate(a) &&
                !(QuoteContaining(m.Mention.Offset) is { IsLong: true } inside && !inside.Contains(offset)))
            {
                return a.Id;
            }
        }

        return null;
    }

    /// <summary>How many earlier mentions a backward search looks at, so that each lookup is bounded.</summary>
    private const int MaxLookBack = 200;

    /// <summary>Index of the last mention that starts before an offset (binary search), or -1.</summary>
    private int LastMentionBefore(int offset)
    {
        int lo = 0, hi = _allMentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_allMentions[mid].Mention.Offset < offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The preposition that governs a mention (looking back over determiners and modifiers), or null.</summary>
    private static string? GoverningPreposition(SentenceView s, AlignedMention m)
    {
        var tokens = s.Tokens;
        var budget = 4;
        for (var i = m.First - 1; i >= 0 && budget > 0; i--, budget--)
        {
            var t = tokens[i];
            if (Prepositions.Contains(t.Lower))
            {
                return t.Lower;
            }

            // "in Syria's southern Suwayda province": the possessor belongs to the same noun phrase.
            if (t.Lower == "'s" && i > 0 && s.MentionAt[i - 1] is { } possessor)
            {
                i = possessor.First;
                continue;
            }

            if (s.MentionAt[i] is not null || !IsModifier(t))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Words that may stand between a preposition and its noun: determiners, adjectives, name parts, quotes.</summary>
    private static bool IsModifier(Token t)
    {
        if (t.Lower is "-" or "\"")
        {
            return true;
        }

        if (!t.IsWord)
        {
            return false;
        }

        if (Modifiers.Contains(t.Lower) || char.IsDigit(t.Lower[0]))
        {
            return true;
        }

        var w = t.Lower;
        return w.EndsWith("ern", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal) ||
               w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) ||
               w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) ||
               w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("led", StringComparison.Ordinal) ||
               w.EndsWith("run", StringComparison.Ordinal) || w.EndsWith("backed", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "all", "other", "several", "many",
        "new", "former", "interim", "transitional", "so", "called", "de", "facto", "rival", "armed", "allied", "local", "state",
        "regime", "leader", "president", "prime", "minister", "commander", "chief", "general", "gen", "brig", "adm", "rear", "admiral",
        "mr", "ms", "dr", "top", "senior", "key", "main", "entire", "besieged", "occupied", "war", "torn", "region", "province",
    };

    /// <summary>"Kurdish-led", "Turkish-backed", "US-brokered": a name used as the first half of a compound modifier.</summary>
    private static bool IsCompoundModifier(SentenceView s, AlignedMention m) =>
        m.Last + 2 < s.Tokens.Count && s.Tokens[m.Last + 1].Lower == "-" && s.Tokens[m.Last + 2].IsWord &&
        s.Tokens[m.Last + 1].Start == s.Tokens[m.Last].End;

    private AlignedMention? ActorAfterWord(SentenceView s, int from, string word, int window)
    {
        var end = Math.Min(s.Tokens.Count, from + window);
        for (var i = from; i < end; i++)
        {
            var t = s.Tokens[i].Lower;
            if (t is ";" or "." || (t == "that" && i > from))
            {
                return null;
            }

            if (t == word)
            {
                return NextActor(s, i + 1, 5);
            }
        }

        return null;
    }

    private static AlignedMention? NextActor(SentenceView s, int from, int window)
    {
        var end = Math.Min(s.Tokens.Count, from + window);
        for (var i = from; i < end; i++)
        {
            if (s.MentionAt[i] is { IsActor: true } m)
            {
                return m;
            }

            if (!s.Tokens[i].IsWord && s.Tokens[i].Lower is not ("-" or "\""))
            {
                return null;
            }
        }

        return null;
    }

    private static IEnumerable<AlignedMention> ActorsInPhrase(SentenceView s, int from, int window)
    {
        var end = Math.Min(s.Tokens.Count, from + window);
        for (var i = from; i < end; i++)
        {
            var t = s.Tokens[i].Lower;
            if (t == "." && i > 0 && Abbreviations.Contains(s.Tokens[i - 1].Lower))
            {
                continue; // "Gen. Metin Gürak"
            }

            if (t is ";" or "." or "," or "which" or "that" or "who" or "to" or "in" or "on")
            {
                yield break;
            }

            if (s.MentionAt[i] is { IsActor: true } m)
            {
                if (!IsCompoundModifier(s, m))
                {
                    yield return m;
                }

                i = m.Last;
            }
        }
    }

    private AlignedMention? DirectObject(SentenceView s, Frame f)
    {
        for (var i = f.Last + 1; i < Math.Min(s.Tokens.Count, f.Last + 5); i++)
        {
            if (s.MentionAt[i] is { IsActor: true } m)
            {
                var prep = GoverningPreposition(s, m);
                return prep is null or "with" ? m : null;
            }

            if (!s.Tokens[i].IsWord)
            {
                return null;
            }
        }

        return null;
    }

    private static AlignedMention? FirstObjectActor(SentenceView s, int from, int window)
    {
        var end = Math.Min(s.Tokens.Count, from + window);
        for (var i = from; i < end; i++)
        {
            var t = s.Tokens[i].Lower;
            if (t is ";" or "." or "that" or "which" or "who" or "while" or "but")
            {
                return null;
            }

            if (s.MentionAt[i] is { IsActor: true } m && !IsCompoundModifier(s, m))
            {
                var prep = GoverningPreposition(s, m);
                if (prep is null or "of" or "on" or "against" or "at" or "to")
                {
                    return m;
                }

                i = m.Last;
            }
        }

        return null;
    }

    private bool SupportWithin(SentenceView s, int from, int window)
    {
        for (var i = from; i < Math.Min(s.Tokens.Count, from + window); i++)
        {
            if (_lexicon.SupportObjects.TryMatch(s.Tokens, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseEnd(SentenceView s, int from, int window)
    {
        var end = Math.Min(s.Tokens.Count, from + window);
        for (var i = from; i < end; i++)
        {
            if (s.Tokens[i].Lower is ";" or "." or "which" or "who" or "while" or "but")
            {
                return i;
            }
        }

        return end;
    }

    private string TokenText(SentenceView s, int index) =>
        _article.Text.Substring(s.Tokens[index].Start, s.Tokens[index].End - s.Tokens[index].Start);
}
