package backproplab.data;

/**
 * How much word data may come in: the bytes of each file, the number of words and their length,
 * the number of sentences and their length (lengths in characters, as kept: lower case, one space
 * between words). The numbers live in {@code setup.Limits}, which also derives from them the
 * largest scenario file, so that word data which load can always be saved and opened again.
 */
public record DataLimits(long fileBytes, int words, int wordLength, int sentences, int sentenceLength) {}
