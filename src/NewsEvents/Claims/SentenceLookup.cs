using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsEvents.Claims;

/// <summary>Finds the sentence that holds an offset, for the claim phases that work sentence by sentence.</summary>
internal static class SentenceLookup
{
    /// <summary>The index of the sentence that holds an offset (sentences are sorted and disjoint), or −1; one binary search.</summary>
    public static int IndexAt(int count, Func<int, Sentence> sentenceAt, int offset)
    {
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentenceAt(mid).Offset <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset < sentenceAt(found).End ? found : -1;
    }

    /// <summary>Puts mentions into the sentence that holds their offset, with one binary search each.</summary>
    public static List<T>[] Bucket<T>(int count, Func<int, Sentence> sentenceAt, ImmutableArray<T> items, Func<T, int> offsetOf)
    {
        var buckets = new List<T>[count];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = [];
        }

        foreach (var item in items)
        {
            if (IndexAt(count, sentenceAt, offsetOf(item)) is var found and >= 0)
            {
                buckets[found].Add(item);
            }
        }

        return buckets;
    }
}
