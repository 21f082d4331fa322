using NewsEvents.Claims;

namespace NewsEvents.Tests.Claims;

/// <summary>Table-driven rule tests on news-style sentences beyond the seeds: event type, roles and factuality.</summary>
public class ClaimExtractorRuleTests
{
    // type | agent | recipient | target | mediator | certainty | polarity | sentence   ("-" = role must be empty, "*" = not checked)
    private const string Table = """
        RequestSupport|syria|turkey|*|-|Certain|Positive|Syria has asked Turkey for military support against the Islamic State.
        RequestSupport|somalia|kenya|al-shabaab|-|Certain|Positive|Somalia requested military assistance from Kenya to fight al-Shabaab.
        RequestSupport|ukraine|united-states|-|-|Certain|Positive|Ukraine appealed to the United States for more air defense aid.
        RequestSupport|iraq|united-states|islamic-state|-|Certain|Positive|Iraq has sought Washington's support in combating ISIS.
        RequestSupport|syria|russia|-|-|Certain|Positive|A formal request by the Syrian government was submitted to Russia for support.
        RequestSupport|syria|turkey|-|-|Certain|Positive|Turkey has received a formal request from the Syrian government for military aid.
        RequestSupport|somalia|-|al-shabaab|-|Certain|Positive|Somalia's request for support in the fight against al-Shabaab was discussed.
        RequestSupport|iraq|iran|-|-|Certain|Positive|Iraq asked Iran for help after the floods.
        RequestSupport|syria|turkey|islamic-state|-|Probable|Positive|Syria reportedly requested military support from Turkey, particularly against ISIS.
        RequestSupport|syria|turkey|-|-|Possible|Positive|Syria may request military assistance from Turkey next month.
        RequestSupport|ukraine|russia|-|-|Certain|Negative|Ukraine did not request any assistance from Russia.
        RequestSupport|iraq|-|islamic-state|-|Certain|Positive|Iraq requested military support and assistance in dealing with armed groups, including the Islamic State.
        RequestSupport|somalia|egypt|al-shabaab|-|Certain|Positive|Somalia made a formal request to Egypt for support in combating al-Shabaab.
        RequestSupport|syria|qatar|-|-|Certain|Positive|Syria sought Qatar's help to rebuild its power grid.
        Request|egypt|israel|-|-|Certain|Positive|Egypt asked Israel to reopen the crossing.
        Request|qatar|-|-|-|Certain|Positive|Qatar demanded an explanation.
        Request|turkey|united-states|-|-|Certain|Positive|Turkey urged the United States to halt the shipments.
        Request|iran|-|-|-|Probable|Positive|Iran reportedly demanded guarantees before the talks.
        Request|russia|*|-|-|Certain|Positive|Russia called for Ukraine to withdraw its troops.
        Request|jordan|-|-|-|Possible|Positive|Jordan could request an emergency session.
        ProvideSupport|turkey|syria|-|-|Certain|Positive|Turkey will not abandon Syria and is providing training to Syria.
        ProvideSupport|turkey|syria|-|-|Certain|Positive|Turkey is providing training, advisory services and technical assistance to Syria.
        ProvideSupport|united-states|ukraine|-|-|Certain|Positive|The United States supplied Ukraine with air defense systems.
        ProvideSupport|russia|syria|-|-|Certain|Positive|Russia deployed advisers to Syria last year.
        ProvideSupport|egypt|somalia|al-shabaab|-|Certain|Positive|Egypt is training Somalia's troops to combat al-Shabaab.
        ProvideSupport|qatar|-|-|-|Certain|Positive|Qatar delivered humanitarian aid to Gaza.
        ProvideSupport|iran|iraq|-|-|Probable|Positive|Iran will send weapons to Iraq, officials said.
        ProvideSupport|turkey|syria|-|-|Possible|Positive|Turkey could assist Syria in rebuilding its army.
        ProvideSupport|jordan|syria|-|-|Certain|Negative|Jordan has not provided any weapons to Syria.
        ProvideSupport|kenya|somalia|-|-|Certain|Positive|Kenya assisted Somalia in securing the border.
        ProvideSupport|russia|-|-|-|Probable|Positive|Russia allegedly supplied drones to the militias.
        ProvideSupport|united-states|-|islamic-state|-|Certain|Positive|The United States is helping Iraqi forces fight ISIS.
        ProvideSupport|-|syria|-|-|Probable|Positive|Officials say preliminary plans call for supplying Syria with armored vehicles.
        Fight|druze|-|-|-|Certain|Positive|Clashes erupted between Druze militias and Bedouin tribes in Sweida.
        Fight|hamas|-|-|-|Certain|Positive|Fighting between Hamas and Israeli troops continued in Rafah.
        Fight|druze|-|-|-|Certain|Positive|Druze militias and Bedouin tribes clashed near Suwayda.
        Fight|taliban|-|-|-|Probable|Positive|The Taliban reportedly fought rival groups in the north.
        Fight|hezbollah|-|-|-|Certain|Positive|Hezbollah fighters battled Israeli forces along the border.
        Fight|-|-|-|-|Certain|Positive|Fierce clashes erupted in Aleppo on Monday.
        Fight|sdf|-|-|-|Possible|Positive|The SDF could clash with Turkish-backed groups in the coming days.
        Fight|ukraine|-|-|-|Certain|Positive|Ukraine and Russia fought for control of Kharkiv.
        Attack|israel|-|syria|-|Certain|Positive|Israel launched airstrikes on Syrian military positions in Damascus.
        Attack|israel|-|-|-|Certain|Positive|Israel has carried out hundreds of airstrikes in the country.
        Attack|russia|-|ukraine|-|Certain|Positive|Russia struck Ukrainian energy facilities overnight.
        Attack|houthis|-|-|-|Certain|Positive|The Houthis attacked a cargo ship in the Red Sea.
        Attack|israel|-|-|-|Certain|Positive|Israeli strikes hit the outskirts of Gaza.
        Attack|al-shabaab|-|-|-|Probable|Positive|Al-Shabaab allegedly attacked a military base in Mogadishu.
        Attack|israel|-|hezbollah|-|Certain|Positive|Israel targeted Hezbollah positions in the south.
        Attack|russia|-|-|-|Certain|Negative|Russia said it did not bomb the hospital.
        Attack|israel|-|syria|-|Certain|Positive|Israel conducted aerial attacks against Syrian military facilities.
        Attack|islamic-state|-|-|-|Possible|Positive|The Islamic State might attack again, analysts warned.
        Attack|-|-|-|-|Certain|Positive|The shelling of Kharkiv continued for a third day.
        Attack|ukraine|-|russia|-|Certain|Positive|Ukraine shelled Russian positions near the border.
        Intervene|israel|-|-|-|Certain|Positive|Israel intervened in the conflict, citing the protection of the Druze.
        Intervene|turkey|-|sdf|-|Certain|Positive|Turkey intervened against the SDF in the north.
        Intervene|-|-|-|-|Possible|Positive|Any attempt to divide the country could lead to military intervention.
        Intervene|russia|-|-|-|Certain|Positive|Russia intervened militarily in 2015.
        Ceasefire|-|-|-|united-states|Certain|Positive|A US-brokered ceasefire took effect on Saturday.
        Ceasefire|-|-|-|egypt|Certain|Positive|A truce mediated by Egypt was agreed on Friday.
        Ceasefire|-|-|-|-|Certain|Positive|A ceasefire was reached last Saturday, though the situation remains fragile.
        Ceasefire|hamas|-|-|-|Certain|Positive|The ceasefire between Hamas and Israel held overnight.
        Ceasefire|-|-|-|qatar|Probable|Positive|A Qatar-brokered truce is expected to begin on Sunday.
        Agree|syria|-|-|-|Certain|Positive|The agreement reached between the Syrian government and the SDF was signed in March.
        Agree|turkey|-|-|-|Certain|Positive|Turkey signed a defense accord with Somalia.
        Agree|russia|-|-|-|Certain|Positive|Russia and Ukraine agreed on a prisoner exchange.
        Agree|iraq|-|-|-|Probable|Positive|Iraq is seeking a security agreement with Turkey.
        Agree|egypt|-|-|-|Certain|Negative|Egypt has not signed the deal.
        Agree|iran|-|-|-|Possible|Positive|Iran may sign the pact next week.
        Statement|zeki-akturk|-|-|-|Certain|Positive|Spokesperson Zeki Aktürk said on Wednesday that talks would continue.
        Statement|turkey-defense-ministry|-|-|-|Certain|Positive|The Turkish Ministry of Defense announced on Wednesday that it had received the request.
        Statement|turkey-defense-sources|-|-|-|Certain|Positive|The request was confirmed by Turkish defense sources, who stressed its importance.
        Statement|syria|-|-|-|Certain|Negative|Syrian officials have not commented on the information.
        Statement|hakan-fidan|-|-|-|Certain|Positive|Hakan Fidan declared that Turkey would protect its borders.
        Statement|tom-barrack|-|-|-|Certain|Positive|Tom Barrack told reporters that the truce was holding.
        Statement|vladimir-putin|-|-|-|Certain|Positive|Vladimir Putin stated that Russia was ready for talks.
        Statement|united-nations|-|-|-|Certain|Positive|The United Nations confirmed the figures on Tuesday.
        Deny|sdf|-|-|-|Certain|Positive|The SDF denies any link to the PKK.
        Deny|russia|-|-|-|Certain|Positive|Russia rejected the accusations as baseless.
        Deny|iran|-|-|-|Certain|Positive|Iran denied involvement in the attack on the tanker.
        Deny|druze|-|-|-|Certain|Positive|Druze leaders have roundly rejected any foreign involvement.
        Threaten|hakan-fidan|-|-|-|Certain|Positive|Hakan Fidan warned Kurdish militias not to exploit the tensions.
        Threaten|iran|-|israel|-|Certain|Positive|Iran threatened Israel with a harsh response.
        Threaten|turkey|-|-|-|Certain|Positive|Turkey and the United States had given an ultimatum to the group.
        Threaten|russia|-|ukraine|-|Possible|Positive|Russia could threaten Ukraine with new strikes.
        Criticize|turkey|-|israel|-|Certain|Positive|Turkey strongly criticized Israel's military interventions.
        Criticize|zeki-akturk|-|israel|-|Certain|Positive|Zeki Aktürk condemned Israel's recent wave of air strikes.
        Criticize|egypt|-|israel|-|Certain|Positive|Egypt denounced Israel over the raid.
        Criticize|qatar|-|-|-|Certain|Positive|Qatar slammed the decision as reckless.
        Meet|turkey|syria|-|-|Certain|Positive|Turkey hosted Syria for talks on joint training programs.
        Meet|hakan-fidan|syria|-|-|Certain|Positive|Hakan Fidan met Syrian officials in Damascus on Monday.
        Meet|vladimir-putin|-|-|-|Certain|Positive|Vladimir Putin visited Tehran last week.
        Meet|egypt|qatar|-|-|Certain|Positive|Egypt held talks with Qatar on the truce.
        Meet|-|-|-|-|Certain|Positive|High-level meetings have accelerated in recent months.
        TakeOver|ahmed-al-sharaa|-|*|-|Certain|Positive|The takeover of Damascus in December by armed groups led by Ahmed Sharaa ended the war.
        TakeOver|-|-|bashar-al-assad|-|Certain|Positive|The ouster of former Syrian regime leader Bashar al-Assad on December 8 changed the region.
        TakeOver|turkey|-|-|-|Possible|Positive|Unconfirmed reports suggested that Turkey had been preparing to take over the T4 airbase.
        TakeOver|taliban|-|-|-|Certain|Positive|The Taliban seized the provincial capital on Sunday.
        TakeOver|hamas|-|-|-|Certain|Positive|Hamas took over Gaza in 2007.
        Kill|islamic-state|-|-|-|Certain|Positive|The Islamic State killed dozens of villagers.
        Kill|-|-|-|-|Certain|Positive|Twelve people were killed in Aleppo on Monday.
        Kill|russia|-|-|-|Probable|Positive|Russia reportedly killed civilians in Kharkiv.
        Injure|hamas|-|-|-|Certain|Positive|Hamas wounded three soldiers near Rafah.
        Injure|-|-|-|-|Certain|Positive|Several civilians were injured in the blast.
        Expel|russia|-|-|-|Certain|Positive|Russia expelled two diplomats on Friday.
        Expel|egypt|-|-|-|Certain|Positive|Egypt deported dozens of migrants.
        Arrest|turkey|-|islamic-state|-|Certain|Positive|Turkey arrested suspected ISIS members in Istanbul.
        Arrest|iran|-|-|-|Certain|Positive|Iran detained a journalist on Tuesday.
        Arrest|-|-|-|-|Probable|Positive|The suspects were reportedly detained in Idlib.
        """;

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = line.Split('|');
            yield return new TestCaseData(Enum.Parse<EventType>(p[0]), p[1], p[2], p[3], p[4], Enum.Parse<Certainty>(p[5]), Enum.Parse<Polarity>(p[6]), p[7])
                .SetName("Extract_" + p[0] + "_" + Slug(p[7]));
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Extract_NewsSentence_FindsEventRolesAndFactuality(EventType type, string agent, string recipient, string target, string mediator,
        Certainty certainty, Polarity polarity, string sentence)
    {
        var analysis = TestEntities.Analyze(sentence);
        var candidates = analysis.Events.Where(e => e.Type == type).ToList();
        Assert.That(candidates, Is.Not.Empty, "no " + type + " event in: " + sentence + "\n" + TestEntities.Describe(analysis));
        var ev = candidates.FirstOrDefault(e => Matches(e, ParticipantRole.Agent, agent)) ?? candidates[0];
        // The event's own occurred claim; further mentions of it ("hosted … for talks") follow with theirs.
        var occurred = analysis.Claims.First(c => c.EventId == ev.Id && c.Property == ClaimProperty.Occurred);
        Assert.Multiple(() =>
        {
            Assert.That(Matches(ev, ParticipantRole.Agent, agent), Is.True, "agent " + agent + " in " + ev);
            Assert.That(Matches(ev, ParticipantRole.Recipient, recipient), Is.True, "recipient " + recipient + " in " + ev);
            Assert.That(Matches(ev, ParticipantRole.Target, target), Is.True, "target " + target + " in " + ev);
            Assert.That(Matches(ev, ParticipantRole.Mediator, mediator), Is.True, "mediator " + mediator + " in " + ev);
            Assert.That(occurred.Factuality, Is.EqualTo(new Factuality(certainty, polarity)), "factuality of " + ev);
            Assert.That(occurred.Evidence.IsFoundIn(analysis.Article), Is.True, "evidence");
        });
    }

    private static bool Matches(Event e, ParticipantRole role, string expected) => expected switch
    {
        "*" => true,
        "-" => e.ActorsIn(role).IsEmpty,
        _ => e.ActorsIn(role).Contains(expected),
    };

    private static string Slug(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()));
        return string.Join("_", words);
    }
}
