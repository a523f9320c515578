package kz.bot.index;

/**
 * One term's postings in the index's one segment, read into arrays: the units that hold it, in index order, how often
 * each does, and the term's statistics for scoring. Not changed once read, so shared between questions.
 */
record Postings(int[] docs, int[] freqs, int docFreq, long totalTermFreq) {
}
