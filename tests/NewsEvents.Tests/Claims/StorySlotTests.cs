using NewsEvents.Claims;
using NewsEvents.Reconciliation;
using NodaTime;

// FsCheck supplies the parameters of [FsCheck.NUnit.Property] methods; the NUnit analyzer does not know that.
#pragma warning disable NUnit1027

namespace NewsEvents.Tests.Claims;

/// <summary>The story phase: frames, slot filling with its must-not cases, story vs background, name spellings.</summary>
public class StorySlotTests
{
    private static readonly NewsPipeline Pipeline = NewsPipeline.CreateDefault();
    private static readonly LocalDate Published = new(2025, 3, 14);

    // property | subject | value text | text (sentences of our own, one article each)
    private const string FillTable = """
        Age|Duncan Hale|36|Climber Duncan Hale, 36, of Perth, died on Friday after a fall.
        Age|Yvonne Miller|43-year-old|Police said 43-year-old Yvonne Miller opened fire in the plant.
        Age|Ana Lopez|43-year-old|The suspect, Ana Lopez, a 43-year-old nurse, was arrested.
        Age|Tom Reyes|16-year-old|The 16-year-old accused of firing the fatal shot, Tom Reyes, went on trial in Harlow on Monday.
        Age|Rosa Marin|85|Rosa Marin died in hospital on Thursday at the age of 85.
        Age|Rosa Marin|85|Rosa Marin, the singer whose ballads filled dance halls for three decades and more, has died at the age of 85.
        Age|Rosa Marin|85|Rosa Marin died on Thursday in a hospital. She was 85.
        Age|Tom Okafor|36-year old|The 36-year old Tom Okafor looked tired by the sixth round.
        Injured|responders|Two officers|Rioters clashed with police in Harlow on Monday. Two officers suffered minor injuries.
        Time|shooting|3 p.m.|The gunman shot the guard at 3 p.m. on Monday.
        Time|earthquake|07:37 local time|The earthquake struck at 07:37 local time, officials said.
        Time|arrest|midnight|Officers arrested the man at about midnight.
        Time|death|6:41pm PST|The actress passed away at 6:41pm PST in a hospital, her agent said.
        Time|death|9:15|The singer died at 9:15 last night at her home, her family said.
        Time|attack|6am|Gunmen attacked the convoy at 6am near the border.
        Deaths|-|Two people|Two people were killed in the crash on the motorway.
        Injured|-|five|Two people were killed and five were injured in the crash.
        Deaths|-|14 miners|The explosion killed 14 miners on Tuesday.
        Deaths|-|two deaths|Police said the two deaths were not related to the weather.
        Deaths|-|One Australian and one English climber|One Australian and one English climber have fallen to their deaths.
        Measure|distance/fall|150 metres|The climber fell 150 metres into a crevasse.
        Measure|weight/|135 pounds|The suspect was described as weighing 135 pounds.
        Measure|weight/|150 pounds|The suspect is 5-foot-8, 150 pounds, with a shaved head.
        Count|count:rifle/seiz|seven rifles|Navy commandos seized seven rifles from the boat.
        Count|count:rifle/seiz|three machine guns|Navy commandos seized three machine guns from the boat.
        Count|count:rifle:other/seiz|two machine guns|Navy commandos seized six rifles and two machine guns from the boat.
        Count|count:rifle/seiz|six rifles|Navy commandos seized six rifles and two machine guns from the boat.
        Count|count:rifle:other/seiz|four other rifles|Navy commandos seized six rifles and four other rifles from the boat.
        Count|count:boat:other/board|two more boats|Navy commandos boarded two more boats at dawn.
        Count|count:boat:other/|Two more boats|Two more boats were spotted near the coast at dawn.
        Count|count:streak/win/Tom Okafor|10th consecutive bout|Tom Okafor won his 10th consecutive bout on Saturday.
        Count|count:streak/win/Tom Okafor|10-fight winning streak|Tom Okafor is now on a 10-fight winning streak.
        Count|count:streak/win|unbeaten run to 10|The win took his unbeaten run to 10.
        Count|count:streak/win/Rams|fourth straight game|The Rams won their fourth straight game on Sunday.
        Count|tally:person/|About 100 people|About 100 people were in the building at the time.
        Count|tally:person/fre|seven workers|Officers freed seven workers from the locked room.
        Count|count:somali/catch|12 Somali|The navy caught 12 Somali and 11 Yemeni pirates on Saturday.
        Count|count:german/hold|40 Germans|Police held 40 Germans after the match.
        Count|count:boat/board|two small vessels|Navy commandos boarded two small vessels at dawn.
        Date|violence|on March 12|The shooting happened on March 12 in the town centre.
        Date|violence|on March 12|The guard was killed on March 12 in the town centre.
        Date|death/age=36|On Friday|On Friday, a 36-year-old Australian climber died after a fall near the hut.
        Date|death/Duncan Hale|On Friday|On Friday, a 36-year-old climber, Duncan Hale, died after a fall near the hut.
        Date|discovery|on Tuesday|The bodies of two women were discovered on Tuesday in a flat.
        Date|violence|on Thursday night|The gunman shot two guards on Thursday night, a witness told reporter Ann Lee.
        Date|violence/Tom Okafor|on Thursday night|Tom Okafor shot two guards on Thursday night, police said.
        Date|death/Ann Hale|Thursday|Actress Ann Hale died at the age of 85 in a Los Angeles hospital Thursday, a week after a heart attack.
        Date|trial|Tuesday|The killer laughed Tuesday after hearing the jury's guilty verdict.
        Count|count:country/connect|12 countries|The damaged cable connects 12 countries in Asia and Europe.
        Detail|charge:first degree murder|first-degree murder|The gunman was convicted March 20 of first-degree murder for the killing.
        Name|Ana Lopez|Ana Lopez|Interior Secretary Ana Lopez announced the plan on Monday.
        Detail|nationality/pirate=somalia yemen|23 Somali and Yemeni pirates|The navy captured 23 Somali and Yemeni pirates on Saturday.
        Detail|nationality/national=somalia yemen|12 Somali and 11 Yemeni nationals|Commandos seized 12 Somali and 11 Yemeni nationals at sea.
        Detail|nationality/pirate=somalia|23 Somalian pirates|The navy has captured 23 Somalian pirates.
        Detail|ages/man=45 and 70|45 and 70|Officers found two men -- 70 and 45-years-old -- in a cabin by the lake.
        Detail|ages/man=45 and 63|45 and 63|The men who drowned, who were 63 and 45 years old, were not named on Monday.
        Name|Terrance Cope|Terrance Cope|Hawks WR Terrance Cope caught the pass on Sunday.
        Detail|charge:armed robbery|armed robbery|The man was charged on Tuesday with armed robbery, police said.
        Date|discovery|on Tuesday afternoon|The landlord's son found the bodies on Tuesday afternoon.
        Date|recovery|on Sunday afternoon|His body was recovered on Sunday afternoon after previous attempts failed.
        Date|plan:sentence|May 3|The gang member will be sentenced May 3 by the judge.
        Date|plan:sentence|May 3|Sentencing is set for May 3 in the county court.
        Date|plan:death|Tuesday, March 18|A private funeral will be held Tuesday, March 18, at the cemetery.
        Date|past:birth|on April 2, 1931|The singer was born on April 2, 1931, in Memphis, her agent said.
        Date|past:birth/Rosa Marin|on April 2, 1931|Rosa Marin was born on April 2, 1931, in Memphis.
        Name|Bryant Coles|Bryant Coles|Bryant Coles was wounded in the shooting.
        Count|ordinal:round/fight|seventh round|The referee stopped the fight in the seventh round.
        Count|series:defense|sixth defence|It was the champion's sixth defence of the title.
        Count|series:defense/Wladimir Kovac|fifth time|Wladimir Kovac (41-2, 46 knockouts) retained his world title for the fifth time in the process.
        Count|series:defense/Wladimir Kovac|sixth defense|Saturday's win was Wladimir Kovac's sixth defense of the belt.
        Place|floor:3|third-floor|The women were shot in a third-floor break room at the plant.
        Place|floor:3|third floor|The two clerks were shot on the third floor of the depot.
        Place|floor:2|second floor|The gunman holed up in an office on the second floor where police found her.
        Place|floor:21|21st floor|Smoke filled the 21st floor of the tower within minutes.
        Detail|manner:stabbing|stabbing|The two sisters had been stabbed to death, police said.
        Detail|manner:shooting|shooting|The guard was shot dead outside the bank on Monday.
        Detail|manner:beating|beating|The prisoner was beaten to death in his cell.
        Detail|titles:ibf ibo wbo|IBF, IBO, WBO|The champion kept his IBF, WBO and IBO heavyweight titles on Saturday.
        Detail|titles:wba wbc|WBA, WBC|She holds the WBC and WBA versions of the crown.
        Detail|record/Rams|10-5|The win lifted the Rams (10-5) into the playoffs on Sunday.
        Detail|record/Marek|41-2|Viktor Marek, 41-2, retained his title on Saturday.
        Detail|record/Ravens|9-5|The Ravens improved their record to 9-5 with the win.
        Detail|score|27-20|The Rams beat the Hawks 27-20 on Sunday.
        Detail|score|3-1|United clinched the title with a 3-1 win at Leeds.
        Detail|score|24-17|The Bears lost to the Lions, 24-17, in Detroit on Sunday.
        Detail|wound:neck|neck|The guard, shot in the neck, was taken to hospital after the shooting.
        Detail|wound:head|head|The gunman shot him in the head outside the store.
        Detail|weapon:38 caliber revolver|38-caliber revolver|Police recovered a .38-caliber revolver near the house.
        Detail|charge:first degree murder|first-degree murder|The jury convicted him of first-degree murder on Tuesday.
        Detail|charge:two counts of murder|two counts of murder|He was charged with two counts of murder and one of arson.
        Detail|sentence:death|death|The judge sentenced him to death for the killing.
        Detail|bail:bail|bail|The judge ordered him held without bail at the arraignment.
        Detail|bail:10,000 bail|$10,000 bail|She was released on $10,000 bail after the hearing.
        Name|Independence Street|Independence Street|The bodies were found on Independence Street.
        Place|address/223rd street|12200 block of East 223rd Street|The deputy was shot in the 12200 block of East 223rd Street on Friday.
        Place|address/philip street|2088 Philip Street|The suspect was arrested late Tuesday at 2088 Philip Street.
        Place|cross/harmon boulevard|Ellery Road|The plant stands at Harmon Boulevard and Ellery Road in the city.
        Detail|cause=pneumonia|pneumonia|The actress died of pneumonia on Thursday, her agent said.
        Detail|cause=heart attack|heart attack|The actress succumbed to complications from a heart attack suffered weeks ago.
        Detail|ailment:heart attack|heart attack|The actress suffered a heart attack nine days earlier.
        Detail|condition=stable|stable condition|The wounded man was listed in stable condition on Friday.
        Detail|condition=critical|critical|The wounded man remained in intensive care on Friday.
        Place|bearing/aden|150 nautical miles east of Aden|The freighter was attacked 150 nautical miles east of Aden on Saturday.
        Place|bearing/kabul|40km south-west of the capital Kabul|The bomb went off 40km south-west of the capital Kabul.
        Detail|nickname=tavo|Tavo|The suspect is known by the nickname "Tavo" among gang members.
        Detail|nickname=tave|Tave|The suspect was known by the street moniker of Tave in the town.
        Count|count:knockout//Viktor Marek|35 KO's|The champion, Viktor Marek, 42-2, 35 KO's, won again.
        Count|count:knockout//Viktor Marek|34 KOs|Viktor Marek (41-2, 34 KOs) won in the seventh round.
        Count|count:cable/run|four submarine cables|The main damage is to the four submarine cables running across the sea.
        Measure|yards/run/Jamal Carl|84-yard|Jamal Carl went on an 84-yard scamper in the game.
        Measure|distance/fall|200 metres|The climber plunged 200 metres into a gully.
        Measure|yards/rush/Rams|312 yards|The Rams had 312 yards rushing in the loss.
        Measure|yards/pass/Jamal Carl|290 yards|Jamal Carl had 290 yards passing in the win.
        Measure|duration/hospitaliz/Rosa Marin|four weeks|Rosa Marin had been hospitalized in Los Angeles for four weeks.
        Measure|share/egypt|80 percent|Phone services in Egypt were down by 80 percent, in India by 65 percent.
        Measure|share/india|65 percent|Phone services in Egypt were down by 80 percent, in India by 65 percent.
        Deaths|-|two|The woman who shot three co-workers — killing two — was charged on Friday.
        Injured|-|a third|The gunman killed two guards and critically wounded a third at the depot.
        Injured|-|a third employee|The attack left two women dead and a third employee wounded.
        Injured|-|another|Two miners were killed and another injured in the blast.
        Injured|-|a man|The gunman shot dead two women, leaving a man wounded in the hallway.
        Injured|-|a male guard|Two officers died at the scene, and a male guard was wounded.
        Age|Jon Ortega|35-year-old|Deputy Jon Ortega was shot on Friday. The 35-year-old deputy died in hospital.
        Age|Jon Ortega|35-year-old|Deputy Jon Ortega was shot on Friday. A 35-year-old sheriff's deputy had never been hurt before.
        Name|Jerry Ortega|Luis Miguel (Jerry) Ortega|Deputy Luis Miguel (Jerry) Ortega was shot outside the store.
        Name|Jerry Ortega|Luis Miguel "Jerry" Ortega|Officer Luis Miguel "Jerry" Ortega was shot outside the store.
        Measure|distance/fall/Robert Bane|about 600m|Englishman Robert Bane fell about 600m while climbing to a hut.
        Measure|distance/fall|around 2000ft|Inspector Dave Gaskin said the man fell around 2000ft near the hut.
        Measure|distance/fall/Robert Bane|700 meters|The day after Hale's death a climber with rental gear, 31-year-old Robert Bane of the U.K. but living in Christchurch, slipped on ice and fell 700 meters.
        Measure|distance/fall|700 meters|Tom Hale and Robert Bane, both of the U.K. but living in Christchurch, roped up before one of them slipped and fell 700 meters.
        Measure|yards/drive/Hawks|58-yard|The Hawks went on a 58-yard drive on their next possession.
        Place|buildings/arrest|five buildings|The gunman was arrested five buildings away on Elm Street.
        Detail|ages/girl=6 and 8|6 and 8|Two girls age 6 and 8 watched from the porch.
        Detail|ages/girl=8 and 10|8 and 10|The 8- and 10-year-old girls told the jury what they saw.
        Place|buildings/arrest|three houses|The gunman was arrested near midnight by a SWAT team, three houses from the scene.
        Agent|finder=private|the landlord's son|Police say the landlord's son found the bodies on Tuesday.
        Agent|finder=private|The son|The son entered the apartment and found the bodies, police said.
        Agent|finder=responders|police and firefighters|The bodies of two women were found by police and firefighters yesterday in an apartment.
        Agent|finder=responders|police|The man faces charges after police found the bodies of two women.
        Agent|finder=private|residents|The deputy's body was discovered by residents who heard the gunfire.
        Agent|finder=private|A hiker|A hiker later found the remains near the trail.
        Measure|yards/drive/Rams|80-yard|The Rams embarked on a 11-play, 80-yard drive that won the game.
        Detail|cause=kidney failure|kidney failure|The former agent died of kidney failure Sunday at his home.
        Detail|cause=cancer|cancer|The singer died of cancer on Monday, her family said.
        Time|fire|3:12 a.m.|The fire was reported at 3:12 a.m. and crews were sent.
        Measure|magnitude/|6.1|A magnitude 6.1 earthquake struck the coast on Monday.
        Measure|magnitude/|6.4-magnitude|At least 15 people were killed when a 6.4-magnitude earthquake shook the coast on Monday.
        Measure|magnitude/|6.1 on the Richter scale|The earthquake measured 6.1 on the Richter scale.
        Measure|distance/depth|10 km|The quake struck at a depth of 10 km, officials said.
        Measure|distance/depth|15 km|The quake was 15 km deep and 40 km from Bryce.
        Place|court/arraign|Harlow District Court|Tom Reyes was arraigned today in Harlow District Court on two counts of murder.
        Place|court/arraign|Bryce County Superior Court|He pleaded not guilty at his arraignment in Bryce County Superior Court on Wednesday.
        Place|court/appear|Harlow Magistrates Court|Tom Reyes appeared in the Harlow Magistrates Court on Wednesday.
        Place|court/sentence|Bryce Crown Court|Ana Lopez was sentenced to life at Bryce Crown Court on Friday.
        Time|fire|2 a.m.|The blaze broke out at about 2 a.m. in the empty mill.
        """;

    // property that must not be filled | text [| the one value that must not fill it, when others may]
    private const string MustNotTable = """
        Injured|Three ambulances took the wounded away after the attack.
        Deaths|There was damage in nine towns after the earthquake struck.
        Deaths|A 7.1-magnitude tremor shook the region on Monday.
        Deaths|A woman and two men were killed in the attack.
        Deaths|Deputy Jon Tolland, 35, was killed at 3 p.m. on Friday.
        Time|The referee stopped the fight at 2:15 of the seventh round.
        Count|The 911 dispatcher took the call.
        Count|The boxer lost his second straight title fight in May.|second straight title
        Count|The team had a run of bad luck in its last 10 games.|10 games
        Deaths|One Australian and one English climber reached the summit on Monday.
        Count|Pirates took 22 Yemeni fishermen to the coast last month.|22 Yemeni
        Detail|FBI and CIA agents questioned the champion about his titles.
        Detail|The champion defended his IBF title on Saturday.
        Count|The gunman hid in a second-floor office until police arrived.|second-floor
        Place|The team climbed to second place in the league on Sunday.
        Name|North of the river, the storm felled trees.
        Count|She carried a .357 Magnum into the plant.
        Age|Lee Tasker' 12-year-old daughter was found unharmed.
        Detail|The judge sentenced him to pay a fine for the offence.
        Count|The talks resume on the 14th of May in Geneva.
        Count|The boxer was knocked down three times in the fight.
        Detail|The Rams beat the Hawks 27-20 on Sunday after a 17-3 halftime lead.|17-3
        Count|The ruins date from the 12th century, officials said.
        Detail|The shooting took place in the town centre at noon.
        Measure|The Rams stopped the drive at their own 27-yard line on Sunday.
        Count|The quarterback connected on 1 of 13 passes in the third quarter.
        Count|The quarterback completed his last 6 passes before the final whistle.
        Count|The singer toured for four decades before she retired.
        Place|The company paid $500 Main Street investors in full.
        Date|The singer passed away at 6:41pm PST (0241 GMT Friday) in a hospital.|Friday
        Place|Rain is expected across the east of England on Monday.
        Detail|The town is known by the nickname of the city of lights.|city
        Detail|The actress suffered a heart attack nine days earlier.|heart attack nine
        Deaths|Prosecutors believe the gunman intended to kill one other person that night.
        Deaths|The man tried to kill two guards before he fled the bank.
        Deaths|The woman who shot three co-workers — killing two — was charged on Friday.|three co-workers
        Deaths|Two climbers were killed and a third died later in hospital.|a third
        Injured|Two people were wounded when a man opened fire in the hall.|a man
        Injured|The blast injured four people, and a fifth of the town lost power.|a fifth
        Injured|A man was wounded in the attack on the market.|A man
        Age|Deputy Jon Ortega and Deputy Ann Lee were shot. The 35-year-old deputy died.|35-year-old
        Age|Deputy Jon Ortega was shot on Friday. The 35-year-old newlywed died in hospital.|35-year-old
        Measure|On a day when at least nine quarterbacks threw for 300 yards, the team ran the ball.|300 yards
        Measure|The storm destroyed five houses along the coast.|five houses
        Detail|The scores were 6 and 8 at the break.|6 and 8
        Count|Two girls age 6 and 8 watched from the porch.|8
        Detail|The company hired 61 and 48 year old managers last year.
        Count|The navy captured 23 Somali and Yemeni pirates on Saturday.|23 Somali
        Detail|Somali pirates attacked the ship off the coast on Saturday.
        Count|The champion visited the city for the fifth time on Monday.|fifth time
        Agent|Police found a gun in the car on Tuesday.
        Count|One of the cables is 40,000 km long and links 33 countries.|33 countries
        Name|Wladimir Kovac Cruises Again As Champion Keeps Belts|Wladimir Kovac Cruises Again
        Name|Very Spiritual Woman Shoots Three Co-Workers At Plant|Very Spiritual Woman Shoots
        Count|The first cable links 12 nations while a second serves 14 states.|14 states
        Agent|He found the body in the woods on Tuesday.
        Agent|The bodies were found in the river near the bridge by divers.
        Agent|Divers searched for the bodies but found nothing.
        Count|The boxer hired a third defense lawyer before the trial.|third defense
        Age|Rosa Marin died at 12:45 p.m. at her home in Harlow, her family said.
        Age|The singer died at 9:15 last night at her home, her family said.
        Deaths|Reports said two of the three victims died on Monday.|three victims
        Place|The Supreme Court ruled on the appeal on Monday.
        Place|The fans drove to Harlow Court on Saturday after the trial.
        Detail|The cause of death was not immediately known, police said.
        Detail|The man died of unknown causes in his cell on Sunday.
        Detail|The singer died of cancer on Monday, her family said.|cancer on Monday
        Time|The fire was reported at 3:12 a.m. and was put out by 5:40 a.m.|5:40 a.m.
        Time|The road stayed closed until 9 p.m. after the crash on Monday.|9 p.m.
        Time|Crews had the blaze under control by about 6 a.m. on Friday.|about 6 a.m.
        Age|The 16-year-old was hurt in the crash in Harlow on Monday, Tom Reyes said.|16-year-old
        Time|Gunman guilty in Harlow office shooting, posted May 2, 2024 at 4:31 AM.|4:31 AM
        Time|Harlow office shooting: the gunman is guilty, on May 2, 2024 at 4:31 AM.|4:31 AM
        Time|The Harlow office shooting trial ended, updated at 8:33 AM on Friday.|8:33 AM
        """;

    public static IEnumerable<TestCaseData> FillCases() =>
        Rows(FillTable).Select(p => new TestCaseData(Enum.Parse<ClaimProperty>(p[0]), p[1] == "-" ? null : p[1], p[2], p[3])
            .SetName("Fills_" + p[0] + "_" + Slug(p[3])));

    public static IEnumerable<TestCaseData> MustNotCases() =>
        Rows(MustNotTable).Select(p => new TestCaseData(Enum.Parse<ClaimProperty>(p[0]), p[1], p.Length > 2 ? p[2] : null)
            .SetName("DoesNotFill_" + p[0] + "_" + Slug(p[1]) + (p.Length > 2 ? "_" + Slug(p[2]) : "")));

    [TestCaseSource(nameof(FillCases))]
    public void Story_Sentence_FillsSlot(ClaimProperty property, string? subject, string valueText, string text)
    {
        var slots = StoryClaims(text);
        Assert.That(slots.Select(c => (c.Property, c.Subject, c.Value.Text)), Does.Contain((property, subject, valueText)),
            string.Join("\n", slots));
    }

    [TestCaseSource(nameof(MustNotCases))]
    public void Story_Sentence_DoesNotFillSlot(ClaimProperty property, string text, string? value)
    {
        var slots = StoryClaims(text);
        Assert.That(slots.Where(c => c.Property == property && (value is null || c.Value.Text == value)), Is.Empty, string.Join("\n", slots));
    }

    [TestCase("Firefighters battled the blaze at a warehouse. The fire gutted the building.", "fire")]
    [TestCase("A strong earthquake struck the coast on Monday. The quake was felt in the capital.", "earthquake")]
    [TestCase("Gunmen opened fire at a market, police said. The shooting left two dead.", "shooting")]
    [TestCase("The company agreed to acquire its rival. The acquisition is worth $2 billion.", "acquisition")]
    [TestCase("The minister resigned on Tuesday amid a scandal.", "resignation")]
    [TestCase("The Rams beat the Hawks 27-20 in the game on Sunday.", "match")]
    [TestCase("The talks ended without a statement.", null)]
    [TestCase("Police charged a man with two murders. The bodies of his mother and a friend were discovered on Tuesday. The man killed them, police said.", "killing")]
    [TestCase("Singer Rosa Marin, born in Memphis, died on Thursday. Her death was announced by her agent.", "death")]
    [TestCase("The rookie had 352 yards passing, and his passing yards set a record.", "match")]
    [TestCase("Fans mourned the passing of singer Rosa Marin on Thursday.", "death")]
    [TestCase("The fire was reported at 3:12 a.m. at the empty mill.", "fire")]
    [TestCase("A Harlow fire destroyed the empty mill on Tuesday.", "fire")]
    [TestCase("Fire destroys empty mill in Harlow\n\nNo one was hurt, officials said on Tuesday.", "fire")]
    [TestCase("Board Fires Chief Executive After Losses\n\nThe chief executive resigned on Tuesday, the company said.", "resignation")]
    public void Story_HeadlineAndLead_ChooseTheFrame(string text, string? frame)
    {
        var story = Analyze(text).Events.Single(e => e.IsStory);
        Assert.Multiple(() =>
        {
            Assert.That(story.Frame, Is.EqualTo(frame));
            Assert.That(story.Id, Is.EqualTo(StoryExtractor.StoryEventId));
        });
    }

    [Test]
    public void Story_BackgroundSentence_KeepsItsValuesToItself()
    {
        var slots = StoryClaims("An earthquake struck the island on Monday, killing 12 people. A previous quake in 2004 killed 200 people.");
        Assert.Multiple(() =>
        {
            Assert.That(slots.Where(c => c.Property == ClaimProperty.Deaths && c.Subject is null).Select(c => ((QuantityValue)c.Value).Min),
                Is.EqualTo(new decimal?[] { 12 }));
            Assert.That(slots.Where(c => c.Property == ClaimProperty.Deaths && c.Subject == "past:story").Select(c => ((QuantityValue)c.Value).Min),
                Is.EqualTo(new decimal?[] { 200 }));
        });
    }

    private static readonly string[] StorySentences =
    [
        "A gunman opened fire at a factory in the city on Thursday, killing two workers.",
        "Police said the shooter, Mara Quint, 43, was arrested at about 9 p.m.",
        "The plant employs about 100 people.",
        "Witnesses said the attack lasted ten minutes.",
        "The two victims were shot on the third floor.",
    ];

    private static readonly string[] BackgroundSentences =
    [
        "A previous shooting at the plant in 1998 killed five workers.",
        "Last year a similar attack left 12 people dead.",
        "The deadliest since then was a blast that killed 30 miners in 2004.",
    ];

    // FsCheck draws a seed: which story sentences, in which order, and which background sentence is appended.
    [FsCheck.NUnit.Property(MaxTest = 40)]
    public bool AddingABackgroundSentence_NeverChangesAStorySlot(int seed)
    {
        var random = new Random(seed);
        var story = StorySentences.OrderBy(_ => random.Next()).Take(1 + random.Next(StorySentences.Length)).ToList();
        var background = BackgroundSentences[random.Next(BackgroundSentences.Length)];
        var text = string.Join(" ", story);
        var before = StoryClaims(text).Where(c => !IsPast(c)).Select(Key).ToList();
        var after = StoryClaims(text + " " + background).Where(c => !IsPast(c)).Select(Key).ToList();
        TestContext.Out.WriteLine(text + " + " + background);
        return before.SequenceEqual(after);
    }

    // A score on the way, a judge's card, a record and a score far from the lead are not the game's final score; and a
    // final score is never read as a record.
    [TestCase("The Rams took a 14-7 halftime lead over the Hawks.", "14-7")]
    [TestCase("The Rams led 10-3 after the first quarter against the Hawks.", "10-3")]
    [TestCase("The champion won 117-111 on all three scorecards in Berlin.", "117-111")]
    [TestCase("The Rams (10-5) travel to play the Hawks on Sunday.", "10-5")]
    [TestCase("The Rams won again on Sunday. The crowd was loud. The kicker was hurt. The Rams beat the Owls 31-7 in October.", "31-7")]
    public void Story_NotAFinalScore_NoScoreClaim(string text, string figures)
    {
        Assert.That(StoryClaims(text).Where(c => c.Subject == StoryRun.ScoreSlot).Select(c => c.Value.Text), Has.None.EqualTo(figures));
    }

    [Test]
    public void Story_ScoreAfterAName_IsNotARecord()
    {
        var claims = StoryClaims("The Bears lost to the Detroit Lions, 24-17, and fell out of the race.");
        Assert.Multiple(() =>
        {
            Assert.That(claims.Where(c => c.Subject?.StartsWith(StoryRun.RecordSlot, StringComparison.Ordinal) == true), Is.Empty);
            Assert.That(claims.Where(c => c.Subject == StoryRun.ScoreSlot).Select(c => c.Value.Text), Is.EqualTo(new[] { "24-17" }));
        });
    }

    [TestCase("Police found two women, 68 and 48-years-old, in the flat.", "68")]
    [TestCase("The victims, aged 70 and 72, lived in the flat.", "70")]
    public void Story_ApposedAges_AreNotCountsOrCasualties(string text, string figure)
    {
        Assert.That(StoryClaims(text).Where(c => c.Property != ClaimProperty.Age).Select(c => c.Value.Text), Has.None.StartsWith(figure));
    }

    // PLOVER's sixteen event categories (Halterman et al.); a frame outside them (disasters, accidents) has none.
    private static readonly string[] PloverCategories =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
        "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    [Test]
    public void FramesLexicon_PloverCodes_ArePloverCategories()
    {
        var frames = (Newtonsoft.Json.Linq.JArray)Newtonsoft.Json.Linq.JObject.Parse(NewsEvents.Internal.EmbeddedData.Read("lexicon.frames.json"))["frames"]!;
        var codes = frames.Select(f => (string?)f["plover"]).OfType<string>().Distinct().ToList();
        Assert.That(codes, Is.SubsetOf(PloverCategories));
    }

    // A marker is background for its own clause, or for the whole sentence when it opens it.
    [TestCase("The navy captured 23 pirates and thwarted another attack on Saturday.", "23 pirates", false)]
    [TestCase("The navy thwarted another attack in which 23 pirates were captured.", "23 pirates", true)]
    [TestCase("Last year, the navy captured 23 pirates in the same waters.", "23 pirates", true)]
    [TestCase("The raid came just weeks after a gunman, who had been fired, killed eight people, then himself.", "eight people", true)]
    [TestCase("The win came one week after he managed 10 yards on nine carries against the Rams.", "nine carries", true)]
    [TestCase("The raid that killed two guards came weeks after a gunman killed eight people.", "two guards", false)]
    [TestCase("The raid that killed two guards came weeks after a gunman killed eight people.", "eight people", true)]
    [TestCase("Police arrested the man one week after the shooting that left nine people injured.", "nine people", false)]
    [TestCase("Rescuers freed 12 people on Sunday after previous attempts failed.", "12 people", false)]
    [TestCase("Rescuers freed 12 people in a previous attempt on Sunday.", "12 people", true)]
    // An era describing someone does not set a sentence that dates the story's own days in the past; alone it does.
    [TestCase("The gunman, a 1990s boxing champion, killed two guards on March 13.", "two guards", false)]
    [TestCase("The gunman killed two guards in the 1990s, police said.", "two guards", true)]
    [TestCase("The gunman killed two guards in 2019 and was arrested on March 13.", "two guards", true)]
    // "former" describes a person ("the former champion"), not the time of the clause it stands in.
    [TestCase("The champion won the fight against the former title holder in Dortmund on Saturday.", "on Saturday", false)]
    [TestCase("Former soldiers killed two guards on Saturday, police said.", "two guards", false)]
    [TestCase("A former guard killed two guards in a previous attack.", "two guards", true)]
    public void Story_BackgroundMarker_CoversItsClause(string text, string value, bool past)
    {
        var claim = StoryClaims(text).Single(c => c.Value.Text == value);
        Assert.That(IsPast(claim), Is.EqualTo(past));
    }

    // In an article whose own date is unknown, a sentence that opens on a month or a part of one is set in another period.
    [TestCase("Early November, the navy had captured eight pirates in the gulf.", true)]
    [TestCase("In November, the navy had captured eight pirates in the gulf.", true)]
    [TestCase("On Saturday the navy captured eight pirates in the gulf.", false)]
    public void Story_UndatedArticle_FrontedMonthIsBackground(string text, bool past)
    {
        var analysis = Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata("story-undated")));
        var claim = analysis.Claims.Single(c => c.EventId == StoryExtractor.StoryEventId && c.Value.Text == "eight pirates");
        Assert.That(IsPast(claim), Is.EqualTo(past));
    }

    // one spelling | another | same person?
    [TestCase("The deputy was shot in Willow Gardens on Friday.", "Willow Gardens", true)]
    [TestCase("The fight took place at the Lakeside Stadium on Sunday.", "Lakeside Stadium", true)]
    [TestCase("The gunman opened fire at a bank in Nairobi on Thursday.", "Nairobi", true)]
    [TestCase("The victims were taken to Jefferson Hospital after the attack.", "Jefferson Hospital", true)]
    [TestCase("Marek won the fight in Dortmund, Germany, on Saturday.", "Dortmund", true)]
    [TestCase("The climber fell near Mt. Carrow on Saturday.", "Mount Carrow", true)]
    [TestCase("Two hikers spent a night on Mount Ossa before they were found.", "Mount Ossa", true)]
    [TestCase("Rescuers reached the Mount Ossa Hut by helicopter.", "Mount Ossa Hut", true)]
    [TestCase("The plant in North Linden was closed on Friday.", "North Linden", true)]
    [TestCase("Six people were killed at a market in Barbarbar on Monday, police said.", "Barbarbar", true)]
    [TestCase("A bus overturned near Tonleyham last week.", "Tonleyham", true)]
    [TestCase("Two men were arrested outside Fordwick on Friday night.", "Fordwick", true)]
    [TestCase("Police said John Carter fled the scene on foot.", "John Carter", false)]
    [TestCase("Marisa Quinn was wounded in the shooting at the plant.", "Marisa Quinn", false)]
    public void Story_Name_IsAPlaceAfterALocativeOrInTheGazetteer(string text, string name, bool isPlace)
    {
        var claim = StoryClaims(text).Single(c => c.Property == ClaimProperty.Name && c.Subject == name);
        Assert.That(claim.Value is PlaceValue, Is.EqualTo(isPlace));
    }

    // Must not: a language or a date word after "in" before the time is no place.
    [TestCase("The minister spoke in English on Monday.", "English")]
    [TestCase("The talks resumed in March on a Monday.", "March")]
    public void Story_Name_NoPlaceBeforeTheTime(string text, string word) =>
        Assert.That(StoryClaims(text).Where(c => c.Value is PlaceValue && c.Value.Text.Contains(word, StringComparison.Ordinal)), Is.Empty);

    [TestCase("The singer died at 9:15 last night at her home.", 21, 15)]
    [TestCase("The singer died at 9:15 this morning at her home.", 9, 15)]
    [TestCase("The actress passed away at 6:41pm PST in a hospital.", 18, 41)]
    [TestCase("Gunmen attacked the convoy at 11am near the border.", 11, 0)]
    public void Story_TimeOfDay_ReadsTheHalfOfTheClock(string text, int hour, int minute)
    {
        var time = (TimeOfDayValue)StoryClaims(text).Single(c => c.Property == ClaimProperty.Time).Value;
        Assert.That(time.Earliest, Is.EqualTo(new LocalTime(hour, minute)));
    }

    [TestCase("Catherine Valdane", "Katherine Valdane", true)]
    [TestCase("Brian Coles", "Bryant Coles", true)]
    [TestCase("Marisa Vance", "Marissa Vance", true)]
    [TestCase("Philip Harlock", "Philip Harlok", true)]
    [TestCase("Duncan Hale", "Duncan Haile", true)]
    [TestCase("Robyn Tasker", "Robin Tasker", true)]
    [TestCase("Gary Valdane", "Catherine Valdane", false)]
    [TestCase("John Smith", "Jane Smith", false)]
    [TestCase("Mark Lee", "Mike Lee", false)]
    [TestCase("Anna Berg", "Anna Borg", true)]
    [TestCase("Anna Berg", "Anna Bergman", false)]
    [TestCase("Port Ellery Ellers", "Port Ellery", false)]
    [TestCase("Hugo Hefter", "Hugo Heffter", true)]
    [TestCase("Katherine Valdane", "Kathryn Valdane", true)]
    [TestCase("Catherine Valdane", "Kathryn Valdane", false)]
    [TestCase("Karen Valdane", "Corinne Valdane", false)]
    [TestCase("Katherine Valdane", "Kathryn Vaudane", false)]
    public void Names_SpellingVariants_AreOnePerson(string a, string b, bool same)
    {
        var names = NameDirectory.Build(new Dictionary<string, int> { [a] = 2, [b] = 1 });
        Assert.That(names.Canonical(a) == names.Canonical(b), Is.EqualTo(same));
    }

    [Test]
    public void Names_ThreeSpellings_JoinThroughTheClosestPair()
    {
        var names = NameDirectory.Build(new Dictionary<string, int> { ["Catherine Valdane"] = 3, ["Katherine Valdane"] = 2, ["Kathryn Valdane"] = 1 });
        Assert.That(new[] { "Katherine Valdane", "Kathryn Valdane" }.Select(names.Canonical), Is.All.EqualTo("Catherine Valdane"));
    }

    [Test]
    public void Names_ShortFirstName_IsNotASpellingVariant()
    {
        var names = NameDirectory.Build(new Dictionary<string, int> { ["Stanley Perl"] = 2, ["Stan Perl"] = 1 });
        Assert.That(names.Spelling("Stan Perl"), Is.EqualTo(names.Spelling("Stanley Perl")));
    }

    [TestCase("The club signed the forward to a four-year deal on Monday.", null)]
    [TestCase("The club agreed a $12 million deal for the forward.", null)]
    [TestCase("The climber survived a 10-metre fall on the ridge.", null)]
    [TestCase("The two sides held three meetings in Geneva last week.", "3")]
    public void Events_MeasureBeforeAnEventNoun_IsNoCountOfIt(string text, string? count)
    {
        var analysis = Analyze(text);
        var counts = analysis.Claims.Where(c => c.EventId != StoryExtractor.StoryEventId && c.Property == ClaimProperty.Count)
            .Select(c => ((QuantityValue)c.Value).Min?.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(counts, count is null ? Is.Empty : Is.EqualTo(new[] { count }));
    }

    [TestCase("Ana Lopez, 27, was also killed in the crash, police said.", null)]
    [TestCase("Police named the dead as Tom Reyes, 44, and Ana Lopez, 20.", null)]
    [TestCase("Three of the 12 miners were killed on Monday.", null)]
    [TestCase("The bomb killed 12, police said.", "12")]
    [TestCase("Two people were killed in the crash on Monday.", "2")]
    [TestCase("A man shot three people, killing one, at the office on Monday.", null)]
    public void Events_ApposedAgesAndPartitiveWholes_AreNoDeathTolls(string text, string? deaths)
    {
        var tolls = Analyze(text).Claims.Where(c => c.EventId != StoryExtractor.StoryEventId && c.Property == ClaimProperty.Deaths)
            .Select(c => ((QuantityValue)c.Value).Min?.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.That(tolls, deaths is null ? Is.Empty : Is.EqualTo(new[] { deaths }));
    }

    [TestCase("Harmon Ave", "Harmon Avenue")]
    [TestCase("Ellery Rd", "Ellery Road")]
    [TestCase("Bryce Blvd", "Bryce Boulevard")]
    public void Names_AbbreviatedStreetType_IsTheSameSpelling(string shortForm, string full)
    {
        var names = NameDirectory.Build(new Dictionary<string, int> { [full] = 2, [shortForm] = 1 });
        Assert.Multiple(() =>
        {
            Assert.That(names.Canonical(shortForm), Is.EqualTo(names.Canonical(full)));
            Assert.That(names.Spelling(shortForm), Is.EqualTo(names.Spelling(full)));
        });
    }

    private static bool IsPast(Claim c) => c.Subject?.StartsWith("past:", StringComparison.Ordinal) == true;

    private static string Key(Claim c) => c.Property + "|" + c.Subject + "|" + c.Value;

    private static ArticleAnalysis Analyze(string text) =>
        Pipeline.Analyze(ArticleReader.Read(text, new ArticleMetadata("story-test", published: Published)));

    private static List<Claim> StoryClaims(string text) =>
        [.. Analyze(text).Claims.Where(c => c.EventId == StoryExtractor.StoryEventId)];

    private static IEnumerable<string[]> Rows(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split('|'));

    private static string Slug(string s) => new(s.Where(char.IsLetterOrDigit).Take(40).ToArray());
}
