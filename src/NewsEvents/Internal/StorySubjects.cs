namespace NewsEvents.Internal;

/// <summary>How story slot subjects are written, shared by the claims stage that writes them and reconciliation that reads them.</summary>
internal static class StorySubjects
{
    /// <summary>Marks a subject from a background sentence (an earlier or other occurrence): it never meets the story's own.</summary>
    public const string PastPrefix = "past:";

    /// <summary>The detail slot of a group's ages ("ages/girl=6 and 8").</summary>
    public const string GroupAgesSlot = "ages";

    /// <summary>
    /// Marks a tally of people told without a cue of what befell them ("about 100 people were in the plant"): equal tallies
    /// corroborate, but they never dispute, since nothing says two tallies count the same people.
    /// </summary>
    public const string TallyPrefix = "tally:";

    /// <summary>Marks a planned day ("will be sentenced May 3"): equal plans corroborate, plans never dispute.</summary>
    public const string PlanPrefix = "plan:";

    /// <summary>
    /// Marks the story's own act as one of a series ("series:defense" for "his sixth defense"): one story is one member, so
    /// two places in the series dispute even when each outlet alone gives one.
    /// </summary>
    public const string SeriesPrefix = "series:";

    /// <summary>
    /// The head of the court a justice act took place in ("court/arraign"). A case moves between courts (a magistrates'
    /// court, then a crown court; a district court, then a superior court), so equal courts corroborate and others never
    /// dispute.
    /// </summary>
    public const string CourtHead = "court";

    /// <summary>Tells whether claims under a subject head may corroborate but never dispute (tallies, plans, courts).</summary>
    public static bool AgreeOnly(string head) =>
        head.StartsWith(TallyPrefix, System.StringComparison.Ordinal) || head.StartsWith(PlanPrefix, System.StringComparison.Ordinal) ||
        head == CourtHead ||
        (head.StartsWith(PastPrefix, System.StringComparison.Ordinal) && AgreeOnly(head[PastPrefix.Length..]));

    /// <summary>Separates a subject's head from its qualifiers ("distance/fall/Duncan Hale").</summary>
    public const char Separator = '/';
}
