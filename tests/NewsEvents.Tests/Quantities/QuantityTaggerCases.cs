using System.Globalization;

namespace NewsEvents.Tests.Quantities;

/// <summary>Quantity phrases in several news styles (wire, broadsheet, conflict monitors, UK and US), with what they denote.</summary>
internal static class QuantityTaggerCases
{
    /// <summary>Sentences with exactly one quantity: sentence, mention text, min, max, approximate, unit.</summary>
    public static IEnumerable<TestCaseData> Single()
    {
        // Wire style: modifiers and casualty nouns.
        yield return C("Clashes left over 1,100 people dead according to UN figures.", "over 1,100 people", "1101", null, true, "people");
        yield return C("More than 200 civilians were killed in the strike.", "More than 200 civilians", "201", null, true, "civilians");
        yield return C("At least 15 people were killed, officials said.", "At least 15 people", "15", null, true, "people");
        yield return C("The ministry said 113 new martyrs arrived at hospitals.", "113 new martyrs", "113", "113", false, "martyrs");
        yield return C("Hospitals treated 534 wounded civilians overnight.", "534 wounded civilians", "534", "534", false, "civilians");
        yield return C("Columbia expelled nearly 80 students last week.", "nearly 80 students", null, "80", true, "students");
        yield return C("Almost 300 troops crossed the border.", "Almost 300 troops", null, "300", true, "troops");
        // A hyphen left hanging before "to"/"or": the range ends in the compound.
        yield return C("Sailors boarded a 24- to 30-foot dhow near the coast.", "24- to 30-foot", "24", "30", false, "foot");
        yield return C("He faces a two- to three-year term.", "two- to three-year", "2", "3", false, "year");
        yield return C("Some 5,000 soldiers took part in the drill.", "Some 5,000 soldiers", "5000", "5000", true, "soldiers");
        yield return C("About 40 fighters surrendered.", "About 40 fighters", "40", "40", true, "fighters");
        yield return C("Around 60 homes were destroyed.", "Around 60 homes", "60", "60", true, "homes");
        yield return C("Roughly 2,500 refugees crossed on Sunday.", "Roughly 2,500 refugees", "2500", "2500", true, "refugees");
        yield return C("Approximately 75 detainees were freed.", "Approximately 75 detainees", "75", "75", true, "detainees");
        yield return C("An estimated 10,000 protesters marched.", "An estimated 10,000 protesters", "10000", "10000", true, "protesters");
        yield return C("Up to 400 migrants may have drowned.", "Up to 400 migrants", null, "400", true, "migrants");
        yield return C("As many as 30 rockets were fired.", "As many as 30 rockets", null, "30", true, "rockets");
        yield return C("Fewer than 100 people attended.", "Fewer than 100 people", null, "99", true, "people");
        yield return C("Less than 10 percent of aid arrived.", "Less than 10 percent", null, "10", true, "percent");
        yield return C("Under 50 journalists remain in the city.", "Under 50 journalists", null, "49", true, "journalists");
        yield return C("No fewer than 12 hostages were released.", "No fewer than 12 hostages", "12", null, true, "hostages");
        yield return C("Just over 3,000 votes separated them.", "Just over 3,000 votes", "3001", null, true, "votes");
        yield return C("Well over 600 airstrikes were recorded.", "Well over 600 airstrikes", "601", null, true, "airstrikes");
        yield return C("Upwards of 70 vehicles were seized.", "Upwards of 70 vehicles", "71", null, true, "vehicles");
        yield return C("Just under 90 patients were evacuated.", "Just under 90 patients", null, "90", true, "patients");
        yield return C("Close to 500 families fled.", "Close to 500 families", null, "500", true, "families");
        yield return C("No more than 20 officers were on duty.", "No more than 20 officers", null, "20", true, "officers");
        yield return C("At most 8 ships can dock.", "At most 8 ships", null, "8", true, "ships");
        yield return C("The group gave an ultimatum to disarm within 30 days.", "30 days", "30", "30", false, "days");
        yield return C("In the past 24 hours alone the toll rose.", "24 hours", "24", "24", false, "hours");
        yield return C("The ceasefire held for 72 hours.", "72 hours", "72", "72", false, "hours");
        yield return C("Talks lasted 10 days in Doha.", "10 days", "10", "10", false, "days");

        // Number words.
        yield return C("All three crew members were rescued.", "three crew members", "3", "3", false, "members");
        yield return C("Thirty-five soldiers were captured.", "Thirty-five soldiers", "35", "35", false, "soldiers");
        yield return C("One hundred and twenty troops arrived.", "One hundred and twenty troops", "120", "120", false, "troops");
        yield return C("Two thousand people gathered.", "Two thousand people", "2000", "2000", false, "people");
        yield return C("Officials counted twelve bodies.", "twelve bodies", "12", "12", false, "bodies");
        yield return C("Seven Israeli soldiers were hurt.", "Seven Israeli soldiers", "7", "7", false, "soldiers");
        yield return C("Fifteen wounded civilians were flown out.", "Fifteen wounded civilians", "15", "15", false, "civilians");
        yield return C("One person was killed.", "One person", "1", "1", false, "person");
        yield return C("The two former adversaries met.", "two former adversaries", "2", "2", false, "adversaries");
        yield return C("Nine hundred thousand people were displaced.", "Nine hundred thousand people", "900000", "900000", false, "people");
        yield return C("Three million refugees live there.", "Three million refugees", "3000000", "3000000", false, "refugees");
        yield return C("A thousand troops were sent.", "A thousand troops", "1000", "1000", false, "troops");
        yield return C("A hundred and fifty prisoners were swapped.", "A hundred and fifty prisoners", "150", "150", false, "prisoners");
        yield return C("Half a million people are without power.", "Half a million people", "500000", "500000", false, "people");
        yield return C("Two dozen drones were shot down.", "Two dozen drones", "24", "24", true, "drones");
        yield return C("The talks ran for five days.", "five days", "5", "5", false, "days");
        yield return C("Ninety-nine detainees were released.", "Ninety-nine detainees", "99", "99", false, "detainees");
        yield return C("A three-day truce began.", "three-day", "3", "3", false, "day");

        // Vague amounts.
        yield return C("Israel has carried out hundreds of airstrikes in the country.", "hundreds of airstrikes", "200", null, true, "airstrikes");
        yield return C("Dozens of people were arrested.", "Dozens of people", "24", null, true, "people");
        yield return C("Thousands of demonstrators filled the square.", "Thousands of demonstrators", "2000", null, true, "demonstrators");
        yield return C("Tens of thousands of people fled.", "Tens of thousands of people", "20000", null, true, "people");
        yield return C("Hundreds of thousands of children are at risk.", "Hundreds of thousands of children", "200000", null, true, "children");
        yield return C("Millions of people lack water.", "Millions of people", "2000000", null, true, "people");
        yield return C("Scores of villagers fled the fighting.", "Scores of villagers", "40", null, true, "villagers");
        yield return C("A dozen soldiers were wounded.", "A dozen soldiers", "12", "12", true, "soldiers");
        yield return C("Half a dozen tanks were destroyed.", "Half a dozen tanks", "6", "6", true, "tanks");
        yield return C("A handful of settlers attacked the village.", "A handful of settlers", "2", "5", true, "settlers");
        yield return C("A few days later the army withdrew.", "A few days", "2", "5", true, "days");
        yield return C("A couple of missiles hit the port.", "A couple of missiles", "2", "2", true, "missiles");
        yield return C("Turkey deployed several teams to Damascus.", "several teams", "3", null, true, "teams");
        yield return C("Several hundred protesters gathered.", "Several hundred protesters", "300", null, true, "protesters");
        yield return C("A few hundred residents remain.", "A few hundred residents", "200", "500", true, "residents");
        yield return C("A dozen or so people were detained.", "A dozen or so people", "12", "12", true, "people");
        yield return C("More than a dozen rockets were fired.", "More than a dozen rockets", "13", null, true, "rockets");
        yield return C("Nearly a dozen journalists were killed.", "Nearly a dozen journalists", null, "12", true, "journalists");
        yield return C("Dozens were killed.", "Dozens", "24", null, true, null);

        // Scales, money, percentages, measures.
        yield return C("The fund holds 1.2 million dollars.", "1.2 million dollars", "1200000", "1200000", false, "dollars");
        yield return C("The deal is worth $2.5bn.", "$2.5bn", "2500000000", "2500000000", false, "dollars");
        yield return C("The EU pledged €50 million in aid.", "€50 million", "50000000", "50000000", false, "euros");
        yield return C("Britain gave £300m to the fund.", "£300m", "300000000", "300000000", false, "pounds");
        yield return C("Over $5 million was raised.", "Over $5 million", "5000000", null, true, "dollars");
        yield return C("Inflation rose to 45% in June.", "45%", "45", "45", false, "percent");
        yield return C("Turnout was 61.5 per cent.", "61.5 per cent", "61.5", "61.5", false, "percent");
        yield return C("Support fell by over 2.5 percent.", "over 2.5 percent", "2.5", null, true, "percent");
        yield return C("The convoy travelled about 1,000 km.", "about 1,000 km", "1000", "1000", true, "km");
        yield return C("The front moved 15km east.", "15km", "15", "15", false, "km");
        yield return C("More than 40 km of road was damaged.", "More than 40 km", "40", null, true, "km");
        yield return C("Exports reached 3.2 billion.", "3.2 billion", "3200000000", "3200000000", false, null);
        yield return C("The city has 2m residents.", "2m residents", "2000000", "2000000", false, "residents");
        yield return C("The climber fell about 600m down a gully.", "about 600m", "600", "600", true, "m");
        yield return C("He slipped and fell 200m.", "200m", "200", "200", false, "m");
        yield return C("A 10m boat was seized.", "10m", "10", "10", false, "m");
        yield return C("The bank lost USD 600m in May.", "USD 600m", "600000000", "600000000", false, "dollars");

        // Ranges.
        yield return C("Between 10 and 20 people were hurt.", "Between 10 and 20 people", "10", "20", false, "people");
        yield return C("Between 1 and 2 million people voted.", "Between 1 and 2 million people", "1000000", "2000000", false, "people");
        yield return C("Police said 10-20 officers were injured.", "10-20 officers", "10", "20", false, "officers");
        yield return C("Officials estimate 300–400 fighters remain.", "300–400 fighters", "300", "400", false, "fighters");
        yield return C("Talks could take 10 to 14 days.", "10 to 14 days", "10", "14", false, "days");
        yield return C("Two or three drones were seen.", "Two or three drones", "2", "3", true, "drones");
        yield return C("Losses of 10-20 million dollars are feared.", "10-20 million dollars", "10000000", "20000000", false, "dollars");
        yield return C("Some 50 to 60 trucks entered Gaza.", "Some 50 to 60 trucks", "50", "60", true, "trucks");

        // Bare numbers and status words.
        yield return C("Five dead and many more missing.", "Five dead", "5", "5", false, "dead");
        yield return C("The attack left 17 wounded.", "17 wounded", "17", "17", false, "wounded");
        yield return C("The figure rose to 1,150 by evening.", "1,150", "1150", "1150", false, null);
        yield return C("Security forces detained 45 people in raids.", "45 people", "45", "45", false, "people");
        yield return C("2,000 people marched in 2024.", "2,000 people", "2000", "2000", false, "people");
        yield return C("The army says 2000 troops were sent.", "2000 troops", "2000", "2000", false, "troops");
        yield return C("Rescuers pulled 12 ambulances into the square.", "12 ambulances", "12", "12", false, "ambulances");

        // Ranges with "from ... to".
        yield return C("From 10 to 20 people were hurt.", "From 10 to 20 people", "10", "20", false, "people");
        yield return C("The camp holds from 2,000 to 3,000 refugees.", "from 2,000 to 3,000 refugees", "2000", "3000", false, "refugees");
        yield return C("Sentences range from five to seven years.", "from five to seven years", "5", "7", false, "years");

        // "one" with a counted noun, through adjectives.
        yield return C("One Turkish adviser was wounded.", "One Turkish adviser", "1", "1", false, "adviser");
        yield return C("Unions called a one-day strike.", "one-day", "1", "1", false, "day");
        yield return C("The blast killed one child.", "one child", "1", "1", false, "child");
        yield return C("One senior official said talks would resume.", "One senior official", "1", "1", false, "official");
        yield return C("Only one foreign journalist remained.", "one foreign journalist", "1", "1", false, "journalist");

        // Hyphenated compounds: "-strong" counts the following noun.
        yield return C("A 5,000-strong force crossed the river.", "5,000-strong force", "5000", "5000", false, "force");
        yield return C("The force is 5,000-strong.", "5,000-strong", "5000", "5000", false, null);
        yield return C("A 300-strong Turkish contingent arrived.", "300-strong Turkish contingent", "300", "300", false, "contingent");

        // Casualty phrasing.
        yield return C("A car bomb exploded, killing at least 12.", "at least 12", "12", null, true, null);
        yield return C("The death toll rose to 45 on Sunday.", "45", "45", "45", false, "deaths");
        yield return C("The death toll from the quake has reached 1,200.", "1,200", "1200", "1200", false, "deaths");
        yield return C("The death toll rose to 45 people.", "45 people", "45", "45", false, "people");
        yield return C("The toll stood at 30, officials said.", "30", "30", "30", false, "deaths");
        yield return C("The casualty toll climbed to 80.", "80", "80", "80", false, "casualties");
        yield return C("Shelling left scores dead.", "scores dead", "40", null, true, "dead");
        yield return C("Dozens wounded were taken to hospital.", "Dozens wounded", "24", null, true, "wounded");

        // Ranges with "or".
        yield return C("The talks may take two or three days.", "two or three days", "2", "3", true, "days");
        yield return C("He waited 10 or so minutes.", "10 or so minutes", "10", "10", true, "minutes");
        yield return C("Police arrested 10 or so.", "10 or so", "10", "10", true, null);

        // Money and percent.
        yield return C("The bill came to $1.2bn.", "$1.2bn", "1200000000", "1200000000", false, "dollars");
        yield return C("Brussels approved €300 million for Syria.", "€300 million", "300000000", "300000000", false, "euros");
        yield return C("Unemployment hit 12.5% in May.", "12.5%", "12.5", "12.5", false, "percent");
        yield return C("Prices rose 3 per cent.", "3 per cent", "3", "3", false, "percent");
        // South Asian scales and wire abbreviations.
        yield return C("The state spent 5 lakh rupees on the school.", "5 lakh rupees", "500000", "500000", false, "rupees");
        yield return C("Flood damage reached 2 crore rupees.", "2 crore rupees", "20000000", "20000000", false, "rupees");
        yield return C("The fund raised 4 bln euros last year.", "4 bln euros", "4000000000", "4000000000", false, "euros");
        yield return C("Output fell to 3 mln barrels a day.", "3 mln barrels", "3000000", "3000000", false, "barrels");

        // Fractions and mixed numbers; a share of something is a percentage.
        yield return C("The search took two and a half hours.", "two and a half hours", "2.5", "2.5", false, "hours");
        yield return C("Two and a half million people fled.", "Two and a half million people", "2500000", "2500000", false, "people");
        yield return C("One and a half million euros were lost.", "One and a half million euros", "1500000", "1500000", false, "euros");
        yield return C("The march lasted three and a quarter hours.", "three and a quarter hours", "3.25", "3.25", false, "hours");
        yield return C("A quarter of a million people marched.", "A quarter of a million people", "250000", "250000", false, "people");
        yield return C("Three-quarters of a million homes lost power.", "Three-quarters of a million homes", "750000", "750000", false, "homes");
        yield return C("Three-quarters of voters backed the plan.", "Three-quarters", "75", "75", false, "percent");
        yield return C("Two thirds of the members voted.", "Two thirds", "66.67", "66.67", true, "percent");
        yield return C("A third of the city is without power.", "A third", "33.33", "33.33", true, "percent");
        yield return C("Half of the staff quit.", "Half", "50", "50", false, "percent");
        yield return C("More than half of the seats went to the opposition.", "More than half", "50", null, true, "percent");
        yield return C("Nearly half the wells are dry.", "Nearly half", null, "50", true, "percent");
        yield return C("Prices fell by a half.", "a half", "50", "50", false, "percent");
        yield return C("Police seized 3 dozen rifles.", "3 dozen rifles", "36", "36", true, "rifles");

        // Currency codes and symbols before or after the amount.
        yield return C("The firm paid EUR 40 for each share.", "EUR 40", "40", "40", false, "euros");
        yield return C("Each share costs 40 EUR now.", "40 EUR", "40", "40", false, "euros");
        yield return C("The project costs 40 MEUR in total.", "40 MEUR", "40000000", "40000000", false, "euros");
        yield return C("Exports reached US$2bn this year.", "US$2bn", "2000000000", "2000000000", false, "dollars");
        yield return C("The fine was GBP 300 per day.", "GBP 300", "300", "300", false, "pounds");
        yield return C("The bank lent USD 2.5bn to the port.", "USD 2.5bn", "2500000000", "2500000000", false, "dollars");
        yield return C("The loan is ¥5bn.", "¥5bn", "5000000000", "5000000000", false, "yen");
        yield return C("The bridge cost Rs 5 crore.", "Rs 5 crore", "50000000", "50000000", false, "rupees");
        yield return C("Debt reached $1.2tn.", "$1.2tn", "1200000000000", "1200000000000", false, "dollars");
        yield return C("The startup raised $40k in a day.", "$40k", "40000", "40000", false, "dollars");
        yield return C("Sales hit $3mn last year.", "$3mn", "3000000", "3000000", false, "dollars");

        // Thousands separated by spaces, thin spaces or no-break spaces.
        yield return C("The town has 12 500 residents.", "12 500 residents", "12500", "12500", false, "residents");
        yield return C("The town has 12\u2009500 residents.", "12\u2009500 residents", "12500", "12500", false, "residents");
        yield return C("The camp holds 1\u202F250\u202F000 refugees.", "1\u202F250\u202F000 refugees", "1250000", "1250000", false, "refugees");

        // Negative figures.
        yield return C("Output fell -3.2% in May.", "-3.2%", "-3.2", "-3.2", false, "percent");
        yield return C("Growth was minus 5 percent last year.", "minus 5 percent", "-5", "-5", false, "percent");
        yield return C("The index closed at (-0.4%) on Friday.", "-0.4%", "-0.4", "-0.4", false, "percent");

        // Comparative pairs make one range.
        yield return C("More than 20 but fewer than 30 people came.", "More than 20 but fewer than 30 people", "21", "29", true, "people");
        yield return C("At least 5 and at most 9 ships docked.", "At least 5 and at most 9 ships", "5", "9", true, "ships");
        yield return C("Over 40, but under 60 boats sank.", "Over 40, but under 60 boats", "41", "59", true, "boats");
    }

    /// <summary>Sentences that contain no quantity (dates, times, identifiers, ordinals, phone numbers).</summary>
    public static IEnumerable<TestCaseData> None()
    {
        yield return N("The clashes lasted from July 13 to 21 in the province.");
        yield return N("The clashes lasted from July 13-21 in the province.");
        yield return N("The agreement of March 10 was signed.");
        yield return N("The 10 March agreement was signed.");
        yield return N("Fighting raged from 13 to 21 July.");
        yield return N("Assad fell on December 8, 2024.");
        yield return N("Elections were held in 2024.");
        yield return N("The accord was signed in 2019 and renewed in 2021.");
        yield return N("Ministers met at the IDEF 2025 defense fair.");
        yield return N("The meeting started at 10:30 in Ankara.");
        yield return N("The briefing is at 10 pm local time.");
        yield return N("The briefing is at 9 a.m. on Monday.");
        yield return N("It was her 1st visit and his 22nd.");
        yield return N("Turkey wanted the T4 airbase.");
        yield return N("Pakistan flies F-16 jets.");
        yield return N("COVID-19 restrictions were lifted.");
        yield return N("Officials said on 23/7 that talks continue.");
        yield return N("Call +90 212 555 1234 for details.");
        yield return N("The report is dated 2025-07-23.");
        yield return N("United won 3-1 on Saturday.");
        yield return N("Security Council Resolution 2254 calls for elections.");
        yield return N("The fashion of the 1990s returned.");
        yield return N("No one was hurt in the blast.");
        yield return N("It is one of the largest camps.");
        yield return N("He warned of one-man rule.");
        yield return N("The US has cooperated with Kurdish forces for over a decade.");
        yield return N("Version 1.2.3 was released.");
        yield return N("Nothing to count here at all.");
        yield return N("One day the war will end.");
        yield return N("The factions blamed one another.");
        yield return N("It was a one-sided contest.");
        yield return N("An 18-year-old student was arrested.");
        yield return N("The 18-year-old was released.");
        yield return N("A 10-member delegation arrived.");
        yield return N("Call 1 800 555 0199 for the hotline.");
        yield return N("Dial 212 555 1234 after dinner.");
        yield return N("Arsenal won 3-1 at home and 2-0 away.");
        yield return N("The second half of the match was dull.");
        yield return N("They cut the budget in half.");
        yield return N("An hour and a half later the talks ended.");
        yield return N("Do try harder next time.");
        yield return N("The bill was paid in eur and usd.");
        yield return N("The F-16 and MiG-29 jets flew past.");
        yield return N("The match ended 2-1 after extra time.");
        yield return N("Elections were held from 2019 to 2021.");
        yield return N("A three-month-old baby was rescued.");
        yield return N("The one-year-old survived.");
        yield return N("No one person can decide.");
        yield return N("He is one of the few survivors.");
    }

    /// <summary>Sentences with several quantities: sentence and, per mention, text, min, max, approximate, unit.</summary>
    public static IEnumerable<TestCaseData> Multiple()
    {
        yield return M("The attack left 3 dead and 10 injured.", ("3 dead", "3", "3", false, "dead"), ("10 injured", "10", "10", false, "injured"));
        yield return M("The raid left two dead and five wounded, police said.", ("two dead", "2", "2", false, "dead"), ("five wounded", "5", "5", false, "wounded"));
        yield return M("The death toll rose to 45, with 120 injured.", ("45", "45", "45", false, "deaths"), ("120 injured", "120", "120", false, "injured"));
        yield return M("From 10 and 20 onwards.", ("10", "10", "10", false, null), ("20", "20", "20", false, null));
        yield return M("The toll rose from 10 to 25 overnight.", ("10", "10", "10", false, "deaths"), ("25", "25", "25", false, "deaths"));
        yield return M("Inflation fell from 12% to 9%.", ("12%", "12", "12", false, "percent"), ("9%", "9", "9", false, "percent"));
        yield return M("Arrivals dropped 300 to 120 people a day.", ("300", "300", "300", false, null), ("120 people", "120", "120", false, "people"));
        yield return M("At least 5 people died and 9 were hurt.", ("At least 5 people", "5", null, true, "people"), ("9", "9", "9", false, null));
        yield return M("Some 20 boats and at most 9 ships.", ("Some 20 boats", "20", "20", true, "boats"), ("at most 9 ships", null, "9", true, "ships"));
        yield return M("One soldier and 12 civilians were killed.", ("One soldier", "1", "1", false, "soldier"), ("12 civilians", "12", "12", false, "civilians"));
    }

    private static TestCaseData M(string sentence, params (string Text, string? Min, string? Max, bool Approximate, string? Unit)[] mentions) =>
        new TestCaseData(sentence, mentions.Select(m => new QuantityMention(m.Text, sentence.IndexOf(m.Text, StringComparison.Ordinal), D(m.Min), D(m.Max), m.Approximate, m.Unit)).ToArray())
            .SetArgDisplayNames(sentence);

    private static TestCaseData C(string sentence, string text, string? min, string? max, bool approximate, string? unit) =>
        new TestCaseData(sentence, text, D(min), D(max), approximate, unit).SetArgDisplayNames(sentence);

    private static TestCaseData N(string sentence) => new TestCaseData(sentence).SetArgDisplayNames(sentence);

    private static decimal? D(string? value) => value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture);
}
