using NodaTime.Text;

namespace NewsEvents.Tests.Temporal;

/// <summary>One expected TIMEX3 inside one sentence, reference Wednesday 2025-07-23 unless stated.</summary>
/// <param name="Family">The family of phrasing.</param>
/// <param name="Sentence">The sentence to tag.</param>
/// <param name="Text">The expected mention text, as TimeML delimits it.</param>
/// <param name="Type">The expected TimeML type.</param>
/// <param name="Value">The expected TimeML value, or null.</param>
/// <param name="Reference">The reference date (yyyy-MM-dd).</param>
public sealed record TimexCase(string Family, string Sentence, string Text, TimexType Type, string? Value, string Reference = "2025-07-23");

[TestFixture]
public sealed class TimexTests
{
    private const TimexType D = TimexType.Date;
    private const TimexType T = TimexType.Time;
    private const TimexType P = TimexType.Duration;
    private const TimexType S = TimexType.Set;

    private static readonly TemporalTagger Tagger = new();

    public static readonly TimexCase[] Cases =
    [
        // ---- calendar units: the value follows the unit the words name
        new("unit", "The ministry answered on 14/6/2013 after a long delay.", "14/6/2013", D, "2013-06-14"),
        new("unit", "Traffic fell sharply last week across the region.", "last week", D, "2025-W29"),
        new("unit", "The museum reopens next month after repairs.", "next month", D, "2025-08"),
        new("unit", "Exports doubled in 2019 thanks to new markets.", "2019", D, "2019"),
        new("unit", "Rents climbed steadily in the 1990s in the capital.", "the 1990s", D, "199"),
        new("unit", "The town prospered in the late 1970s before the mines closed.", "the late 1970s", D, "197"),
        new("unit", "Floods hit the valley last summer and again in spring.", "last summer", D, "2024-SU"),
        new("unit", "Ferries stop running over the weekend because of the storm.", "the weekend", D, "2025-W29-WE"),
        new("unit", "The contract expires at the end of 2026.", "the end of 2026", D, "2026"),
        new("unit", "Wages rose early next year in the plan.", "early next year", D, "2026"),
        new("unit", "Shops were busier earlier this month than expected.", "earlier this month", D, "2025-07"),

        // ---- governing prepositions stay outside the span
        new("span", "The council voted on Thursday to close the bridge.", "Thursday", D, "2025-07-17"),
        new("span", "The harvest began in October across the plains.", "October", D, "2024-10"),
        new("span", "The envoy stayed for three years in the capital.", "three years", P, "P3Y"),
        new("span", "Rebels must withdraw within 30 days, the deal says.", "30 days", P, "P30D"),
        new("span", "Prices rose sharply over the past year in the region.", "the past year", D, "2024"),
        new("span", "Talks will resume from July 28 to 30 in Geneva.", "July 28 to 30", D, "2025-07-28"),
        new("span", "The crew waited at least 30 days for spare parts.", "at least 30 days", P, "P30D"),

        // ---- durations and their periods
        new("duration", "The strike lasted two and a half years in all.", "two and a half years", P, "P2Y6M"),
        new("duration", "Lawyers left their third day-long meeting with officials.", "day-long", P, "P1D"),
        new("duration", "The town marked the end of a decades-long feud.", "decades-long", P, "PXDE"),
        new("duration", "A year-long probe found no wrongdoing.", "year-long", P, "P1Y"),
        new("duration", "She took the post after a several-year tenure abroad.", "several-year", P, "PXY"),
        new("duration", "The city began a two-year overhaul of its port.", "two-year", P, "P2Y"),
        new("duration", "The siege lasted more than four hours before troops left.", "more than four hours", P, "PT4H"),
        new("duration", "Markets stayed calm for years despite the warnings.", "years", P, "PXY"),
        new("duration", "The lights went out for 24 hours across the city.", "24 hours", P, "PT24H"),
        new("duration", "Repairs took about a decade to finish.", "about a decade", P, "P10Y"),
        new("duration", "In the first nine months, sales rose 4%.", "the first nine months", P, "P9M"),
        new("duration", "For the fiscal year ended March 31, the utility earned more.", "the fiscal year", P, "P1Y"),

        // ---- sets
        new("set", "The ministry holds a weekly briefing for reporters.", "weekly", S, "P1W"),
        new("set", "Buses leave for the coast daily in summer.", "daily", S, "P1D"),
        new("set", "Volunteers meet every Thursday in the old library.", "every Thursday", S, "XXXX-WXX-4"),

        // ---- generic references
        new("generic", "Prices are now falling in most provinces.", "now", D, "PRESENT_REF"),
        new("generic", "The plant currently employs 400 people.", "currently", D, "PRESENT_REF"),
        new("generic", "The group recently opened a second office.", "recently", D, "PAST_REF"),
        new("generic", "In the past, such loans were rare.", "the past", D, "PAST_REF"),
        new("generic", "Nobody knows what the future holds for the port.", "the future", D, "FUTURE_REF"),
        new("generic", "Leaders hope to meet again in the near future.", "the near future", D, "FUTURE_REF"),
        new("generic", "At the time, the mayor said little.", "the time", D, "PAST_REF"),
        new("generic", "Officials expect a decision soon on the new bridge.", "soon", D, "FUTURE_REF"),
        new("day", "The offer was printed in today's editions of the paper.", "today", D, "2025-07-23"),
        new("day", "Questions for today's hearing were sent to the court.", "today", D, "2025-07-23"),
        new("day", "Now for today's weather in the valley.", "today", D, "2025-07-23"),
        new("generic", "The mill closed several years ago after a fire.", "several years ago", D, "PAST_REF"),
        new("generic", "Rents rose a few months ago in the old town.", "a few months ago", D, "PAST_REF"),
        new("generic", "The mill closed two years ago after a fire.", "two years ago", D, "2023"),
        new("year", "The firm expects higher sales in the current fiscal year that ends in June.", "the current fiscal year", D, "2025"),
        new("year", "Costs will fall in the current year, the firm said.", "the current year", D, "2025"),
        new("year", "She was promoted on May 2, 2019, and the following year she left the army.", "the following year", D, "2020"),
        new("year", "He won a seat in 2016; the following year he became a minister.", "the following year", D, "2017"),
        new("year", "Output will rise, and the following year the plant will close.", "the following year", D, "2026"),
        new("generic", "Traders blamed current market conditions for the fall.", "current", D, "PRESENT_REF"),
        new("generic", "He travelled with his current wife and their son.", "current", D, "PRESENT_REF"),
        new("generic", "Sales in the current quarter will be weak, the firm said.", "the current quarter", D, "2025-Q3"),

        // ---- quarters and year-ago periods
        new("quarter", "The miner reported a third-quarter loss on Tuesday.", "third-quarter", D, "2025-Q3"),
        new("quarter", "Sales fell 8% in the second quarter, the retailer said.", "the second quarter", D, "2025-Q2"),
        new("quarter", "Output dropped in the fourth quarter, the firm said.", "the fourth quarter", D, "2024-Q4"),
        new("quarter", "Output will recover in the fourth quarter, the firm expects.", "the fourth quarter", D, "2025-Q4"),
        new("quarter", "Earnings in the third quarter of 2019 were a record.", "the third quarter of 2019", D, "2019-Q3"),
        new("quarter", "Profit fell 5 percent in the third quarter as sales slowed.", "the third quarter", D, "2025-Q3"),
        new("quarter", "The airline lost money in its second quarter. In the year-ago quarter, it earned $3 million.", "the year-ago quarter", D, "2024-Q2"),
        new("quarter", "The bank earned $4 million in the second quarter, up from $3 million a year earlier.", "a year earlier", D, "2024-Q2"),
        new("quarter", "Revenue will grow next quarter, the chief executive said.", "next quarter", D, "2025-Q4"),
        new("quarter", "The firm had a profit in the quarter, its first in years.", "the quarter", D, "2025-Q2"),
        new("quarter", "Costs rose in fiscal 2024, the company said.", "fiscal 2024", D, "2024"),
        new("quarter", "Sales for this year's second quarter fell 3%.", "this year's second quarter", D, "2025-Q2"),
        new("quarter", "The plant may reopen in next year's first quarter.", "next year's first quarter", D, "2026-Q1"),
        new("quarter", "Profit rose in the second quarter. After a weak first quarter, costs were lower than a year ago.", "a year ago", D, "2024-Q2"),
        new("quarter", "Net rose in the second quarter. After a flat first quarter, the year-earlier period had a charge.", "the year-earlier period", D, "2024-Q2"),
        new("quarter", "Profit fell in the first quarter. In the second quarter, sales beat those of a year earlier.", "a year earlier", D, "2024-Q2"),
        new("quarter", "The unit earned $9 million in the second quarter, compared with a loss of $2 million last year.", "last year", D, "2024-Q2"),
        new("quarter", "The unit lost $9 million in the second quarter, compared with a year-earlier loss of $2 million.", "year-earlier", D, "2024-Q2"),
        new("quarter", "Profit rose in the second quarter. For the six months, net was $4.5 million, or $1.25 a share, up from $3 million a year earlier.", "a year earlier", D, "2024"),
        new("quarter", "Profit rose in the second quarter. In the first six months, net fell, compared with the 2024 period.", "the 2024 period", D, "2024"),
        new("quarter", "Profit rose in the second quarter. Net was $4.5 million, or $1.25 a share, up from $3 million a year earlier.", "a year earlier", D, "2024-Q2"),
        new("year", "The firm posted a year-ago gain of $4 million.", "year-ago", D, "2024"),
        new("quarter", "Net was $5 million in the second quarter. That compares with $4 million for the same period last year.", "last year", D, "2024-Q2"),
        new("quarter", "Net was $5 million in the second quarter, down from $6 million last year.", "last year", D, "2024"),
        new("quarter", "The unit earned $9 million, compared with a loss of $2 million last year.", "last year", D, "2024"),

        // ---- years as modifiers and anaphoric years
        new("year", "The 2019 election changed the parliament.", "2019", D, "2019"),
        new("year", "His 1996 campaign for re-election failed.", "1996", D, "1996"),
        new("year", "Profit for the year rose 12%, the brewer said.", "the year", D, "2025"),
        new("year", "The dam opened in 2004 and later that year the river flooded.", "later that year", D, "2004"),
        new("year", "The results were below year-earlier levels.", "year-earlier", D, "2024"),
        new("year", "Net income fell, compared with a year ago.", "a year ago", D, "2024"),
        new("year", "The merger should close by year end, the bank said.", "year end", D, "2025"),
        new("year", "Rules must be in place by year's end.", "year's end", D, "2025"),
        new("year", "The deal is due to close around year-end.", "year-end", D, "2025"),

        new("year", "In nineteen ninety-one the court ruled against him.", "nineteen ninety-one", D, "1991"),
        new("year", "The blast recalled January nineteen eighty-six in the city.", "January nineteen eighty-six", D, "1986-01"),
        new("year", "Prices crashed in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", D, "1994-WI"),
        new("year", "The bonds are due 2031, the treasury said.", "2031", D, "2031"),

        // ---- months as modifiers and vague lengths
        new("month", "The parties signed a June agreement on water rights.", "June", D, "2025-06"),
        new("month", "Investors cheered the figures for January on Friday.", "January", D, "2025-01"),
        new("month", "Police reopened the October shooting case.", "October", D, "2024-10"),
        new("duration", "The currency hit its lowest level in years.", "years", P, "PXY"),

        // ---- day-first, dotted and spelled-out dates, quarter codes, offsets from now
        new("dotted", "The talks were held on 7-Sep-2019 in Geneva.", "7-Sep-2019", D, "2019-09-07"),
        new("dotted", "The deal was signed on 7. Sept. 2019 in Bern.", "7. Sept. 2019", D, "2019-09-07"),
        new("dotted", "It closed on September seventh, 2019, for good.", "September seventh, 2019", D, "2019-09-07"),
        new("dotted", "The vote falls on the twenty-first of June.", "the twenty-first of June", D, "2025-06-21"),
        new("dotted", "The firm reports in Q3 2019 as planned.", "Q3 2019", D, "2019-Q3"),
        new("dotted", "Orders placed in March second-quarter style rose.", "March", D, "2025-03"),
        new("offset", "Troops will leave six weeks from now.", "six weeks from now", D, "2025-09-03"),

        // ---- ordinal weeks, decades and centuries in words
        new("week", "The summit is in the second week of May next year, officials expect.", "the second week of May", D, "2026-W20"),
        new("week", "Sales peaked in the last week of the year.", "the last week of the year", D, "2025-W52"),
        new("week", "Crowds gathered in the first week of June 2024.", "the first week of June 2024", D, "2024-W23"),
        new("week", "Sales fell in the week of Jan. 9, 2023.", "the week of Jan. 9, 2023", D, "2023-W02"),
        new("week", "A hearing will be held the week of Aug. 4, his lawyer said.", "the week of Aug. 4", D, "2025-W32"),
        new("decade", "Rents soared in the eighties.", "the eighties", D, "198"),
        new("decade", "The band was popular in the late sixties.", "the late sixties", D, "196"),
        new("decade", "The mill dates from the 19th century.", "the 19th century", D, "18"),
        new("decade", "The bridge was built in the twentieth century.", "the twentieth century", D, "19"),
        new("decade", "It is the worst flood this century.", "this century", D, "20"),

        // ---- lower-case months beside a number, weeks and days relative to the reference
        new("lowercase", "Prices rose in march 2019 and fell later.", "march 2019", D, "2019-03"),
        new("lowercase", "Sales slumped in may 2020 across the region.", "may 2020", D, "2020-05"),
        new("lowercase", "The tour started on 3 september last year.", "3 september last year", D, "2024-09-03"),
        new("lowercase", "Ballots were counted on june 5 overnight.", "june 5", D, "2025-06-05"),
        new("relative", "The board meets Wednesday next week.", "Wednesday next week", D, "2025-07-30"),
        new("relative", "Voting ends the week after next.", "the week after next", D, "2025-W32"),
        new("relative", "Payment is due on the 14th of next month.", "the 14th of next month", D, "2025-08-14"),
        new("relative", "The rent is due on the 14th.", "the 14th", D, "2025-08-14"),
        new("relative", "The strike began on the 5th.", "the 5th", D, "2025-07-05"),

        // ---- holidays
        new("holiday", "The boy was rescued at sea on Thanksgiving Day last year.", "Thanksgiving Day", D, "2024-11-28"),
        new("holiday", "The family has not met since last Christmas.", "last Christmas", D, "2024-12-25"),
        new("holiday", "The vote count will be certified after Election Day.", "Election Day", D, "2025-11-04"),
        new("holiday", "Shops will open late on Christmas Eve.", "Christmas Eve", D, "2025-12-24"),

        new("duration", "The lease runs for a couple of years more.", "a couple of years", P, "P2Y"),
        new("duration", "The navy may stay for at least 20 more years.", "at least 20 more years", P, "P20Y"),
        new("duration", "The loan can be extended for an additional year.", "an additional year", P, "P1Y"),

        // ---- offsets from the reference
        new("offset", "The bill had cleared the senate three days earlier.", "three days earlier", D, "2025-07-20"),
        new("offset", "Officials said they would return two weeks later.", "two weeks later", D, "2025-08-06"),
        new("offset", "The quake struck five years ago in the north.", "five years ago", D, "2020"),
        new("offset", "The ship left port ten days ago.", "ten days ago", D, "2025-07-13"),

        // ---- days, weekdays and times of day
        new("day", "The board met on Monday, March 3: the chair resigned.", "Monday, March 3", D, "2025-03-03"),
        new("day", "On March 3: the board named a new chair.", "March 3", D, "2025-03-03"),
        new("day", "Friday, 7 March: the court adjourned.", "Friday, 7 March", D, "2025-03-07"),
        new("day", "Update, July 21: the road has reopened.", "July 21", D, "2025-07-21"),
        new("day", "The timeline. Nov. 9: troops crossed the river.", "Nov. 9", D, "2024-11-09"),
        new("day", "On Monday, March 3, 2025: the board met.", "Monday, March 3, 2025", D, "2025-03-03"),
        new("day", "Fighting resumed early Tuesday near the border.", "early Tuesday", D, "2025-07-22"),
        new("day", "Officials spoke late yesterday about the fire.", "late yesterday", D, "2025-07-22"),
        new("day", "The vote is set for Friday, officials said.", "Friday", D, "2025-07-25"),
        new("day", "The dividend is payable Jan. 2 to holders of record.", "Jan. 2", D, "2026-01-02"),
        new("day", "Holders must return the forms by Aug. 14.", "Aug. 14", D, "2025-08-14"),
        new("day", "The minister said he would visit the region on Tuesday.", "Tuesday", D, "2025-07-29"),
        new("day", "The envoy said he could arrive as early as Friday.", "Friday", D, "2025-07-25"),
        new("day", "Officials said talks might resume as soon as Monday.", "Monday", D, "2025-07-28"),
        new("day", "Officials said talks resumed on Monday.", "Monday", D, "2025-07-21"),
        new("month", "The talks are supposed to end by May, officials said.", "May", D, "2025-05", "2025-03-22"),
        new("month", "The rebels had left before May, witnesses said.", "May", D, "2025-05"),
        new("time", "The blast occurred at 10 p.m. Wednesday near the port.", "10 p.m. Wednesday", T, "2025-07-23T22:00"),
        new("time", "Negotiations broke off at noon Thursday.", "noon Thursday", T, "2025-07-17T12:00"),
        new("time", "The judge is to hear the case at midday, a statement said.", "midday", T, "2025-07-23T12:00"),
        new("time", "The shops close at noon during the holiday.", "noon", T, "2025-07-23T12:00"),
        new("time", "The polls opened at noon today in the north.", "noon today", T, "2025-07-23T12:00"),
        new("time", "The minister will speak this evening in parliament.", "this evening", T, "2025-07-23TEV"),
        new("time", "Rescuers arrived this morning at the site.", "this morning", T, "2025-07-23TMO"),
        new("time", "The bomb went off at 3:40 p.m. local time near the market.", "3:40 p.m. local time", T, "2025-07-23T15:40"),
        new("time", "The meeting starts at 10:30 local time.", "10:30 local time", T, "2025-07-23T10:30"),
        new("time", "Trading resumed at 0900 GMT after the holiday.", "0900 GMT", T, "2025-07-23T09:00"),
        new("time", "The offer expires at 5 p.m. EST, Aug. 9, the bank said.", "5 p.m. EST, Aug. 9", T, "2025-08-09T17:00"),
        new("time", "The deadline was extended until 9 a.m. EDT Friday.", "9 a.m. EDT Friday", T, "2025-07-25T09:00"),
        new("time", "Polls closed at 8 p.m. Counting began at once.", "8 p.m", T, "2025-07-23T20:00"),
        new("time", "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said.", "about 10:35 a.m.", T, "2025-07-18T10:35"),
        new("time", "''Our father will leave at 4 in the morning (4 a.m. EDT Thursday),'' he said.", "4 in the morning", T, "2025-07-24T04:00"),
        new("time", "The polls closed at 8 p.m. (1800 GMT) in the capital.", "8 p.m.", T, "2025-07-23T20:00"),
        new("duration", "The rally was only six months old in its new form and lasted only five hours.", "five hours", P, "PT5H"),

        // ---- parts of a day: an afternoon or an evening is its own TIMEX3 part, a morning or a night stays the day
        new("daypart", "The talks collapsed on Friday afternoon in Vienna.", "Friday afternoon", T, "2025-07-18TAF"),
        new("daypart", "The mayor spoke Thursday evening at the town hall.", "Thursday evening", T, "2025-07-17TEV"),
        new("daypart", "Shelling resumed yesterday afternoon near the port.", "yesterday afternoon", T, "2025-07-22TAF"),
        new("daypart", "Two shops burned last night in the old town.", "last night", T, "2025-07-22TNI"),
        new("daypart", "The convoy left Tuesday morning for the border.", "Tuesday morning", D, "2025-07-22"),
        new("daypart", "Fans celebrated Saturday night in the square.", "Saturday night", D, "2025-07-19"),
        new("daypart", "Rescuers arrived at 9 p.m. Friday evening, police said.", "9 p.m. Friday evening", T, "2025-07-18T21:00"),
        new("in future", "Troops will leave in ten days, the general said.", "ten days", D, "2025-08-02"),
        new("in future", "The bonds would be redeemed in five years.", "five years", D, "2030"),
        new("in future", "The plant will reopen in three months.", "three months", D, "2025-10"),
        new("in future", "He sent a second letter in two weeks.", "two weeks", P, "P2W"),
        new("in future", "The crew will finish the repair in 48 hours.", "48 hours", P, "PT48H"),
        new("following month", "In March 2024, the board hired advisers. The following month, the firm was sold.", "The following month", D, "2024-04"),
        new("following month", "He resigned on Jan. 30. The following month he moved abroad.", "The following month", D, "2025-02"),
        new("following month", "The previous month, sales had fallen.", "The previous month", D, "2025-06"),
        new("following day", "He was arrested on March 3. The next day, he was released.", "The next day", D, "2025-03-04"),
        new("following day", "He was arrested on Monday. The following day he was freed.", "The following day", D, "2025-07-22"),
        new("following day", "He was arrested on March 3. He appeared in court the next morning.", "the next morning", D, "2025-03-04"),
        new("following day", "He had been drinking the previous night, police said.", "the previous night", D, "2025-07-22"),
        new("following day", "Rain is expected over the next day or two.", "the next day", P, "P1D"),
        new("daypart", "By mid afternoon, sources said the assault was over.", "mid afternoon", T, "2025-07-23TAF"),
        new("daypart", "Shares were up 2 pence at mid-afternoon yesterday.", "mid-afternoon yesterday", T, "2025-07-22TAF"),
        new("daypart", "Trading was calm by mid-morning in Tokyo.", "mid-morning", T, "2025-07-23TMO"),

        // ---- a month or a date with "this/last/next year" is one TIMEX3
        new("monthyear", "In January this year, the port was closed.", "January this year", D, "2025-01"),
        new("monthyear", "But in June last year the rebels lost the town.", "June last year", D, "2024-06"),
        new("monthyear", "The line should open in March next year.", "March next year", D, "2026-03"),
        new("monthyear", "The fire started on 5 June last year in the forest.", "5 June last year", D, "2024-06-05"),
        new("monthyear", "The fire started on June 5 last year in the forest.", "June 5 last year", D, "2024-06-05"),
        new("monthyear", "The plant opened in May. Last year it lost money.", "May", D, "2025-05"),
        new("monthyear", "The plant opened in May, last year's report said.", "May", D, "2025-05"),

        // ---- a day and month without a tense cue is the nearer one; a cue still decides; a bare month stays in the past
        new("nearest", "The deadline for offers is Nov. 10, the board says.", "Nov. 10", D, "2025-11-10", "2025-11-02"),
        new("nearest", "The record date is Dec. 21 for holders.", "Dec. 21", D, "2025-12-21", "2025-11-02"),
        new("nearest", "Shares peaked on March 21 and then slid.", "March 21", D, "2025-03-21", "2025-11-02"),
        new("nearest", "Payment is due Jan. 4 for most holders.", "Jan. 4", D, "2026-01-04", "2025-11-02"),
        new("nearest", "Profit was $4 million in March, up from $3 million.", "March", D, "2025-03", "2025-11-02"),
        new("nearest", "The bank cut its rate in February, the report showed.", "February", D, "2025-02", "2025-11-02"),
        new("nearest", "The court hearing is July 20 in the capital.", "July 20", D, "2025-07-20"),

        // ---- tense: a past perfect beats a deadline; a possessive day is past; "next to" and "is to"
        new("tense", "Forty members had filed their reports by Friday, the agency said.", "Friday", D, "2025-07-18"),
        new("tense", "Until Thursday, officials had not named a suspect.", "Thursday", D, "2025-07-17"),
        new("tense", "The offer had been due to expire Friday evening.", "Friday evening", T, "2025-07-18TEV"),
        new("tense", "Members must file their reports by Friday.", "Friday", D, "2025-07-25"),
        new("tense", "The sale, which had been expected for many months, is part of a plan to repay the loan by Friday.", "Friday", D, "2025-07-25"),
        new("tense", "Lawyers said they would appeal Monday's ruling.", "Monday", D, "2025-07-21"),
        new("tense", "Traders will compare the prices with Friday's close.", "Friday", D, "2025-07-18"),
        new("tense", "Campaigning ended ahead of Sunday's vote.", "Sunday", D, "2025-07-27"),
        new("tense", "Parties may campaign until Sunday's vote.", "Sunday", D, "2025-07-27"),
        new("tense", "A car bomb exploded next to the embassy on Friday.", "Friday", D, "2025-07-18"),
        new("tense", "The court is to resume hearings on Monday.", "Monday", D, "2025-07-28"),
        new("tense", "Both leaders are to meet in Rome on Friday.", "Friday", D, "2025-07-25"),
        new("tense", "The agency said Monday that its aim is to cut costs.", "Monday", D, "2025-07-21"),
        new("tense", "The new rules took effect Aug. 9 pending a vote.", "Aug. 9", D, "2025-08-09", "2025-10-26"),
        new("tense", "The new rules went into effect Aug. 9, officials said.", "Aug. 9", D, "2025-08-09", "2025-10-26"),
        new("tense", "The new rules take effect Aug. 9, the minister said.", "Aug. 9", D, "2026-08-09", "2025-10-26"),
        new("day", "The summit will be held on April 24 and 25 in Rome.", "25", D, "2026-04-25"),
        new("day", "Polls open on Sept. 9 and 10.", "10", D, "2025-09-10"),
        new("tense", "\u201CWe will meet them again on Thursday,\u201D the envoy said.", "Thursday", D, "2025-07-24"),
        new("tense", "''The convoy will leave at 4 a.m. Friday,'' the governor said.", "4 a.m. Friday", T, "2025-07-25T04:00"),
        new("tense", "\"We met them on Thursday,\" the envoy will tell the court.", "Thursday", D, "2025-07-17"),
        new("tense", "The minister said \"no\" on Monday.", "Monday", D, "2025-07-21"),

        // ---- a date without its year lies within about nine months of the story, whatever the tense of another verb
        new("horizon", "The regulator gave no reason for the Aug. 3 deadline.", "Aug. 3", D, "2025-08-03"),
        new("horizon", "The club said it had invited the players to a dinner on Sept. 2.", "Sept. 2", D, "2025-09-02"),
        new("horizon", "A judge ordered him to appear on Aug. 11, his lawyer said.", "Aug. 11", D, "2025-08-11"),
        new("horizon", "The lender extended the credit line through January, the filing showed.", "January", D, "2026-01", "2025-11-02"),
        new("horizon", "The dividend, which the board approved, will be paid in December.", "December", D, "2025-12", "2025-03-01"),
        new("horizon", "The union said the plant shut down on Nov. 29.", "Nov. 29", D, "2025-11-29", "2026-08-20"),
        new("horizon", "The plant closed in November, the union said.", "November", D, "2025-11", "2026-08-20"),
        new("horizon", "The trial will open on June 2 in the capital.", "June 2", D, "2026-06-02"),
        new("horizon", "The games will open in June, organizers said.", "June", D, "2026-06"),
        new("horizon", "Exports rose in October, the ministry said.", "October", D, "2024-10"),
        new("horizon", "The ruling was issued on Oct. 30, the court said.", "Oct. 30", D, "2024-10-30"),

        // ---- halves of a year, years named after "the year", "couple of" counts, "the weeks ahead", "these days"
        new("half", "Profits rose in the first half of 2024, the bank said.", "the first half of 2024", D, "2024-H1"),
        new("half", "Sales should recover in the second half of next year.", "the second half of next year", D, "2026-H2"),
        new("half", "Costs climbed in the last half of 2023 at every plant.", "the last half of 2023", D, "2023-H2"),
        new("half", "First half of 2022 results were weak.", "First half of 2022", D, "2022-H1"),
        new("named year", "Planners looked ahead to the year 2030.", "the year 2030", D, "2030"),
        new("named year", "Fears grew with the approach of the year two thousand.", "the year two thousand", D, "2000"),
        new("named year", "The mill opened in the year nineteen eighty-four.", "the year nineteen eighty-four", D, "1984"),
        new("named year", "The bridge was finished in the year two thousand and one.", "the year two thousand and one", D, "2001"),
        new("named year", "Rates fell during the year, the bank said.", "the year", D, "2025"),
        new("couple", "Prices may double over the next couple of years.", "the next couple of years", P, "P2Y"),
        new("couple", "Rain fell hard for the past couple of days.", "the past couple of days", P, "P2D"),
        new("couple", "The ferry left a couple of hours late.", "a couple of hours", P, "PT2H"),
        new("ahead", "Banks face tough choices in the weeks ahead.", "the weeks ahead", P, "PXW"),
        new("ahead", "Traders expect wild swings in the months ahead.", "the months ahead", P, "PXM"),
        new("ahead", "Police will stay alert in the days ahead.", "the days ahead", P, "PXD"),
        new("ahead", "Over the years the village shrank.", "the years", P, "PXY"),
        new("ahead", "In the years that followed, the rebels grew stronger.", "the years", P, "PXY"),
        new("ahead", "In the months since the attack, little has changed.", "the months", P, "PXM"),
        new("clock", "The ferry docked at 4 in the morning, the crew said.", "4 in the morning", T, "2025-07-23T04:00"),
        new("clock", "Polls closed at 3 in the afternoon, officials said.", "3 in the afternoon", T, "2025-07-23T15:00"),
        new("clock", "The march began at 7 in the evening, police said.", "7 in the evening", T, "2025-07-23T19:00"),
        new("unit", "Then, a week or so ago, the general chose the date.", "a week or so ago", D, "2025-07-16"),
        new("generic", "Few people write letters these days.", "these days", D, "PRESENT_REF"),
        new("generic", "These days the market opens at six.", "These days", D, "PRESENT_REF"),
        new("quarters", "Losses mounted in the past two quarters.", "the past two quarters", P, "P2Q"),
        new("quarters", "The chain returned to profit after several quarters of losses.", "several quarters", P, "PXQ"),
        new("quarters", "Prices should stay firm through the first two quarters of 2026.", "the first two quarters of 2026", D, "2026-H1"),
        new("quarters", "Costs will be spread over the next three quarters.", "the next three quarters", P, "P3Q"),
        new("duration", "Eight trading days after the crash, shares recovered.", "Eight trading days", P, "P8D"),
        new("duration", "Buyers must pay within ten business days.", "ten business days", P, "P10D"),
        new("duration", "The audit took two working weeks.", "two working weeks", P, "P2W"),
        new("duration", "In the last twenty four hours, the index fell.", "the last twenty four hours", P, "PT24H"),
        new("duration", "The strike lasted thirty five days in all.", "thirty five days", P, "P35D"),
        new("vague length", "Talks dragged on for hours without a deal.", "hours", P, "PTXH"),
        new("vague length", "Rescuers searched the river for several minutes.", "several minutes", P, "PTXM"),
        new("vague length", "The feud has simmered for centuries.", "centuries", P, "PXCE"),
        new("vague length", "The rebels held the town for decades.", "decades", P, "PXDE"),
        new("possessive month", "Analysts revised November's figures upward.", "November", D, "2024-11"),
        new("possessive month", "The bank will publish March's figures next week.", "March", D, "2026-03"),
        new("possessive month", "Officials cited June's strong exports.", "June", D, "2025-06"),
        new("tense", "The bonus will be paid on a still unspecified date in January.", "January", D, "2026-01"),
        new("tense", "The council will adopt the revised plan in March.", "March", D, "2026-03"),
        new("tense", "The council adopted the plan in March, officials said.", "March", D, "2025-03"),
        new("tense", "Officials said they did not plan to close the road on Friday.", "Friday", D, "2025-07-25"),
        new("tense", "The firm announced the plan on Monday.", "Monday", D, "2025-07-21"),
        new("tense", "The thrift unveiled its plans Monday.", "Monday", D, "2025-07-21"),
        new("month", "Protests were held in March, April and June.", "April", D, "2025-04"),
        new("month", "Rallies were held in March, May and June.", "May", D, "2025-05"),
        new("year", "Elections were held in 1994, 1995 and 1997.", "1995", D, "1995"),
        new("year", "Floods hit the delta in 2001, 2004, 2007 and 2010.", "2004", D, "2004"),
        new("year", "Police reopened cases dating to 1994.", "1994", D, "1994"),
        new("year", "The feud goes back to 1950, neighbours say.", "1950", D, "1950"),
        new("year", "The post-1959 order split many families.", "post-1959", D, "1959"),
        new("year", "Output is still below pre-2008 levels.", "pre-2008", D, "2008"),
        new("generic", "Analysts see more pain in the near term.", "the near term", D, "FUTURE_REF"),
        new("generic", "Over the short term, rates will rise.", "the short term", D, "FUTURE_REF"),
        new("generic", "Prices should fall in the long term.", "the long term", D, "FUTURE_REF"),
        new("generic", "The rest will be paid at a later date.", "a later date", D, "FUTURE_REF"),
        new("generic", "Supporters say she may one day lead the party.", "one day", D, "FUTURE_REF"),
        new("generic", "Payments will shrink in future quarters.", "future quarters", D, "FUTURE_REF"),
        new("holiday", "Pilgrims crowded the town as Easter week began.", "Easter week", D, "2025-W16", "2025-04-14"),
        new("holiday", "The family will return home at Easter.", "Easter", D, "2026-04-05"),
        new("holiday", "Shops stayed shut on Easter Monday, police said.", "Easter Monday", D, "2025-04-21"),
        new("holiday", "The pope spoke on Easter Sunday, the Vatican said.", "Easter Sunday", D, "2025-04-20"),

        // ---- TimeBank's conventions: the past and the coming year as calendar years, the past in general, sets of quarters and months
        new("past year", "Hate groups grew over the past year, the report says.", "the past year", D, "2024"),
        new("past year", "In the last year the mill cut 300 jobs.", "the last year", D, "2024"),
        new("past year", "The plant will be closed over the next year or so.", "the next year", D, "2026"),
        new("past year", "Exports should recover in the coming year, the bank said.", "the coming year", D, "2026"),
        new("past year", "Rents climbed steeply in recent years across the capital.", "recent years", D, "PAST_REF"),
        new("past year", "There were sell-offs in past years, too.", "past years", D, "PAST_REF"),
        new("past year", "Over the past two years the port doubled its trade.", "the past two years", P, "P2Y"),
        new("past year", "The town has shrunk in the most recent years of the war.", "recent years", P, "PXY"),
        new("set", "The firm must pay $10 million in interest every quarter.", "every quarter", S, "P1Q"),
        new("set", "Marchers parade through the town each July.", "each July", S, "XXXX-07"),
        new("set", "The council meets every December to set the budget.", "every December", S, "XXXX-12"),
        new("quarter", "The brewer reported a drop in fourth-quarter earnings. Net was $4 million, down from $5 million a year earlier.", "a year earlier", D, "2024-Q4", "2025-11-02"),
        new("quarter", "The brewer reported a drop in fourth-quarter earnings. Sales in the latest period rose 3%.", "the latest period", D, "2025-Q4", "2025-11-02"),
        new("quarter", "Net rose in the latest quarter. It gave no estimate of the storm's effect on fourth-quarter results. Net was up from a year ago.", "a year ago", D, "2024-Q3", "2025-11-02"),
        new("quarter", "Profit fell in the fourth quarter ended Sept. 30, compared with a year earlier.", "a year earlier", D, "2024-Q4", "2025-11-02"),
        new("quarter", "Net for the year-earlier nine months also included a gain.", "the year-earlier nine months", P, "P9M"),
        new("quarter", "Net rose in the third quarter. For the quarter a year ago, the bank earned $3 million.", "the quarter a year ago", D, "2024-Q3", "2025-11-02"),
        new("quarter", "Net rose in the third quarter. In the period a year earlier, it lost money.", "the period a year earlier", D, "2024-Q3", "2025-11-02"),
        new("unit", "\"This week we will vote,\" the speaker said.", "This week", D, "2025-W30"),
    ];

    private static readonly string[] MustNotTag =
    [
        "You may leave the room now-ish if you wish to.",
        "Thousands march to the capital to protest.",
        "Arsenal beat Chelsea 3-1 in the final.",
        "Install version 2.1.3 before the upgrade.",
        "Call the desk on 555-0199 for details.",
        "A quarter of the budget goes to roads.",
        "The now-defunct airline owed millions.",
        "The future of the party is unclear.",
        "Leave as soon as the rain stops.",
        "At the time of the attack, nobody was inside.",
        "Investors welcomed the quarterly dividend.",
        "The firm reported annual sales of $3 billion.",
        "The 1500 delegates voted by show of hands.",
        "The score stood at 21:17 in the second set.",
        "Dial 1 800 555 0199 for the hotline.",
        "The election day turnout was low in the north.",
        "The Rams kicked a field goal late in the fourth quarter to tie it.",
        "He ran for 80 yards in the third quarter alone.",
        "A thanksgiving service was held at the cathedral.",
        "First of all, the minister thanked the staff.",
        "The senator is in his eighties.",
        "They march 3 miles and may 2 of them rest.",
        "The office is on the 5th floor of the tower.",
        "The Q7 model sold well.",
        "Schools must prepare pupils for today's world.",
        "The 10-year-old boy was found safe.",
        "A long-term plan was adopted.",
        "The early fall of the empire is a myth.",
        "It was high noon for the alliance.",
        "The song speaks to today's youth in the suburbs.",
        "Most of today's phones run on two systems.",
        "Rents are high in today's economy.",
        "These are the leaders of tomorrow, the mayor said.",
        "Nineteen people were hurt in the crash.",
        "The project will take years to finish in full.",
        "The current account deficit widened again.",
        "The end of the road came quickly.",
        "Now, he says, the plan looks good.",
        "The prize was handed over by May Smith, the mayor.",
        "Voters must decide before May ends her term.",
        "The current was too strong for the swimmers.",
        "Bonds were sold at the then current price.",
        "The Current Affairs desk closed early.",
        "The first half of the match was dull.",
        "Officials weighed a couple of options.",
        "The road ahead is long and hard.",
        "Half of the voters stayed home.",
        "Three quarters of the voters agreed.",
        "He ate two quarters of the pie.",
        "Troops returned to their quarters.",
        "Three quarters of voters back the plan.",
        "May's government fell after the vote.",
        "Sales rose to 1994 units in the month.",
        "He climbed from 12 to 1994 in the rankings.",
        "The firm cut its short-term debt.",
        "The term of office ended early.",
        "He rested one day and left.",
        "The years of war left scars.",
        "He or so they say left.",
        "He scored 4 in the morning session.",
        "The long term of the loan worried investors.",
        "Every quarter of the city was flooded.",
        "Each may bring a friend to the hearing.",
        "Each quarter-point cut helps borrowers.",
        "Secretary Baker spoke on ABC's \"This Week\" program.",
        "He said on CBS's ''60 Minutes'' that he would stay.",
        "The show \u201cThis Morning\u201d drew viewers.",
    ];

    private static IEnumerable<TestCaseData> CaseData() =>
        Cases.Select((c, i) => new TestCaseData(c).SetName($"Tag_{c.Family}{i:000}_{Slug(c.Text)}_Is{c.Type}_{Slug(c.Value ?? "none")}"));

    private static IEnumerable<TestCaseData> MustNotData() =>
        MustNotTag.Select((s, i) => new TestCaseData(s).SetName($"Tag_MustNot{i:00}_ReturnsNoMention"));

    private static string Slug(string s) => new(s.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray());

    [TestCaseSource(nameof(CaseData))]
    public void Tag_Sentence_ReturnsTimeMlSpanTypeAndValue(TimexCase c)
    {
        var reference = LocalDatePattern.Iso.Parse(c.Reference).Value;

        var mentions = Tagger.Tag(c.Sentence, reference);

        var matching = mentions.Where(m => m.Text == c.Text).ToList();
        Assert.That(matching, Has.Count.EqualTo(1), () => $"mentions found: {string.Join(" | ", mentions)}");
        Assert.Multiple(() =>
        {
            Assert.That(matching[0].Timex.Type, Is.EqualTo(c.Type), "type");
            Assert.That(matching[0].Timex.Value, Is.EqualTo(c.Value), "value");
            Assert.That(c.Sentence.Substring(matching[0].Offset, matching[0].Length), Is.EqualTo(c.Text), "offset");
        });
    }

    [TestCaseSource(nameof(MustNotData))]
    public void Tag_SentenceWithoutTime_ReturnsNoMention(string sentence)
    {
        var mentions = Tagger.Tag(sentence, new LocalDate(2025, 7, 23));

        Assert.That(mentions, Is.Empty, () => string.Join(" | ", mentions));
    }

    [TestCase("In 2001, 2002 people voted for the plan.", "2001")]
    [TestCase("In 1994, 1,500 people died in the floods.", "1994")]
    [TestCase("Elections were held in 1994, 1995 and 1997.", "1994|1995|1997")]
    [TestCase("In March, April Smith resigned from the board.", "March")]
    [TestCase("In June, May said she would go.", "June")]
    public void Tag_YearOrMonthAfterComma_IsADateOnlyInAList(string sentence, string expected)
    {
        var mentions = Tagger.Tag(sentence, new LocalDate(2025, 7, 23));

        Assert.That(string.Join("|", mentions.Select(m => m.Text)), Is.EqualTo(expected));
    }

    [TestCase("In December 9999, it rained. The following month, it snowed.")]
    [TestCase("It rained on Dec. 31, 9999. The next day it snowed, and the previous night too.")]
    [TestCase("It was the week of Dec. 31, 9999, and rain fell in 9998, 9999 and 9997.")]
    [TestCase("He will go in ten days; at 10 a.m. (0800 GMT) Friday it rained, and at mid-afternoon yesterday.")]
    public void Tag_AtTheEndOfTheCalendar_DoesNotThrow(string sentence)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Tagger.Tag(sentence, new LocalDate(9999, 12, 20)), Throws.Nothing);
            Assert.That(() => Tagger.Tag(sentence, new LocalDate(9999, 12, 31)), Throws.Nothing);
            Assert.That(() => Tagger.Tag(sentence, new LocalDate(1, 1, 1)), Throws.Nothing);
        });
    }

    [Test]
    public void Tag_CaseTable_HasManyCasesPerFamily()
    {
        Assert.That(Cases.GroupBy(c => c.Family).Select(g => g.Count()), Has.All.GreaterThanOrEqualTo(3));
    }

    [TestCase("He scored on March 3 and 4 goals later.")]
    [TestCase("Prices rose 3% on March 3 and 4% on March 4.")]
    [TestCase("Shares fell on March 3 and 4.5% the next day.")]
    [TestCase("Talks were held on March 3 and 14 delegates left.")]
    public void Tag_NumberAfterDayAndAnd_IsNoSecondDayUnlessThePhraseEnds(string sentence)
    {
        var mentions = Tagger.Tag(sentence, new LocalDate(2025, 7, 23));

        Assert.That(mentions.Where(m => m.Text.Length <= 2), Is.Empty, () => string.Join(" | ", mentions));
    }

    [Test]
    public void Tag_GoverningPreposition_IsKeptApartAndInTheClaimValue()
    {
        var mention = Tagger.Tag("The council voted on Thursday to close the bridge.", new LocalDate(2025, 7, 23)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(mention.Text, Is.EqualTo("Thursday"));
            Assert.That(mention.Preposition, Is.EqualTo("on"));
            Assert.That(mention.ToValue()!.Text, Is.EqualTo("on Thursday"));
            Assert.That(mention.ToValue()!.Timex, Is.EqualTo(new Timex(TimexType.Date, "2025-07-17")));
        });
    }

    [Test]
    public void Tag_NoReference_GivesTypeWithoutValue()
    {
        var mentions = Tagger.Tag("The council voted on Thursday, and prices are now lower.", null);

        Assert.Multiple(() =>
        {
            Assert.That(mentions.Select(m => m.Timex.ToString()), Is.EqualTo(new[] { "DATE", "DATE PRESENT_REF" }));
        });
    }

    [TestCase(TimexType.Date, "2013-W11", "DATE 2013-W11")]
    [TestCase(TimexType.Time, "2013-06-14TAF", "TIME 2013-06-14TAF")]
    [TestCase(TimexType.Duration, "P3D", "DURATION P3D")]
    [TestCase(TimexType.Set, "XXXX-WXX-4", "SET XXXX-WXX-4")]
    [TestCase(TimexType.Date, null, "DATE")]
    public void Timex_ToString_WritesTimeMlTypeAndValue(TimexType type, string? value, string expected)
    {
        Assert.That(new Timex(type, value).ToString(), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("2013 06")]
    [TestCase(" P3D")]
    public void Timex_Construction_EmptyOrSpacedValue_Throws(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => _ = new Timex(TimexType.Date, value));

        Assert.That(e!.Message, Does.Contain("value").And.Contain("white space"));
    }

    [Test]
    public void Timex_Construction_UndefinedType_Throws()
    {
        Assert.That(() => new Timex((TimexType)9, "P1D"), Throws.ArgumentException.With.Message.Contain("type"));
    }

    [Test]
    public void Timex_Equality_IsByValue()
    {
        var a = new Timex(TimexType.Date, "2013-Q3");
        var b = new Timex(TimexType.Date, "2013-Q3");
        var c = new Timex(TimexType.Duration, "2013-Q3");

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a == b, Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a, Is.Not.EqualTo(c));
        });
    }

    [TestCase("2013-06-14", "2013-06-14", TemporalGranularity.Day, "2013-06-14")]
    [TestCase("2013-03-11", "2013-03-17", TemporalGranularity.Week, "2013-W11")]
    [TestCase("2013-03-16", "2013-03-17", TemporalGranularity.Day, "2013-W11-WE")]
    [TestCase("2013-07-01", "2013-09-30", TemporalGranularity.Month, "2013-Q3")]
    [TestCase("2013-06-01", "2013-08-31", TemporalGranularity.Month, "2013-SU")]
    [TestCase("2013-01-01", "2013-06-30", TemporalGranularity.Month, "2013-H1")]
    [TestCase("2010-01-01", "2019-12-31", TemporalGranularity.Decade, "201")]
    [TestCase("1901-01-01", "2000-12-31", TemporalGranularity.Decade, "1901")]
    [TestCase("1900-01-01", "1999-12-31", TemporalGranularity.Decade, "19")]
    [TestCase("2013-11-11", "2013-11-20", TemporalGranularity.Day, "2013-11")]
    [TestCase("2013-09-01", "2013-12-31", TemporalGranularity.Month, "2013")]
    public void Derive_DateInterval_GivesTheUnitItFills(string start, string end, TemporalGranularity granularity, string expected)
    {
        var timex = TimexValues.Derive(TemporalMentionKind.Date, LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value, granularity, null);

        Assert.That(timex, Is.EqualTo(new Timex(TimexType.Date, expected)));
    }

    [TestCase(2000, "2000-04-23")]
    [TestCase(2024, "2024-03-31")]
    [TestCase(2025, "2025-04-20")]
    [TestCase(2038, "2038-04-25")]
    [TestCase(1818, "1818-03-22")]
    public void EasterSunday_Year_GivesTheGregorianDate(int year, string expected)
    {
        Assert.That(NewsEvents.Temporal.DateMath.EasterSunday(year), Is.EqualTo(LocalDatePattern.Iso.Parse(expected).Value));
    }

    [TestCase(TemporalMentionKind.Duration, "P2Y6M", TemporalGranularity.Year, "P2Y6M")]
    [TestCase(TemporalMentionKind.Duration, "PT24H", TemporalGranularity.Day, "PT24H")]
    [TestCase(TemporalMentionKind.Duration, "P1W", TemporalGranularity.Week, "P1W")]
    [TestCase(TemporalMentionKind.Duration, null, TemporalGranularity.Year, "PXY")]
    [TestCase(TemporalMentionKind.Duration, null, TemporalGranularity.Decade, "PXDE")]
    [TestCase(TemporalMentionKind.Set, "P1D", TemporalGranularity.Day, "P1D")]
    public void Derive_DurationOrSet_FormatsThePeriod(TemporalMentionKind kind, string? period, TemporalGranularity granularity, string expected)
    {
        var parsed = period is null ? null : PeriodPattern.Roundtrip.Parse(period).Value;

        var timex = TimexValues.Derive(kind, null, null, granularity, parsed);

        Assert.That(timex.Value, Is.EqualTo(expected));
    }
}
