package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * All lexicon phrases of one language, compiled into a trie over token numbers, and the one-pass matcher over the
 * words of a text.
 *
 * <p>Every distinct analysed token of the language's phrases gets a number ({@link #tokenNumber}); a word of the
 * text whose key is not among them cannot be part of any phrase, which is the answer for almost every word. The trie's
 * first level is a table indexed by token number; deeper nodes hold their few continuations as a sorted array.
 *
 * <p>Matching walks the words once, keeps the partial phrases still alive (at most one per start word of the last
 * {@code maxPhraseTokens} words), advances them by each word, and reports every complete phrase with the offsets of
 * its first and last word. Overlapping and nested matches are all reported; the caller picks.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {

    /** The number of a key that is no token of any phrase. */
    static final int NO_TOKEN = -1;

    /** Receives each complete phrase found, with its {@code [start, end)} span in the text. */
    @FunctionalInterface
    interface MatchSink {
        void match(LexiconEntry entry, int start, int end);
    }

    private final LexiconLanguage language;
    private final CharArrayMap<Integer> tokenNumbers;
    private final Node[] firstTokens;
    private final int maxPhraseTokens;
    private final int phraseCount;

    private PhraseMatcher(LexiconLanguage language, CharArrayMap<Integer> tokenNumbers, Node[] firstTokens,
            int maxPhraseTokens, int phraseCount) {
        this.language = language;
        this.tokenNumbers = tokenNumbers;
        this.firstTokens = firstTokens;
        this.maxPhraseTokens = maxPhraseTokens;
        this.phraseCount = phraseCount;
    }

    LexiconLanguage language() {
        return language;
    }

    /** Number of distinct analysed phrases. */
    int phraseCount() {
        return phraseCount;
    }

    boolean isEmpty() {
        return phraseCount == 0;
    }

    /** The number of the analysed token {@code key[0, length)}, or {@link #NO_TOKEN}. */
    int tokenNumber(char[] key, int length) {
        Integer number = tokenNumbers.get(key, 0, length);
        return number == null ? NO_TOKEN : number;
    }

    /** Whether some phrase begins with the token numbered {@code token}; false for {@link #NO_TOKEN}. */
    boolean beginsPhrase(int token) {
        return token != NO_TOKEN && firstTokens[token] != null;
    }

    /** Partial phrases sized for this language's longest phrase, empty. */
    Partials newPartials() {
        return new Partials(maxPhraseTokens);
    }

    /**
     * Advances the partial phrases by the next word, {@code [start, end)}, whose token number is {@code token}
     * (never {@link #NO_TOKEN}: that word ends every partial phrase, {@link Partials#clear}); reports each phrase it
     * completes, then the one-word phrase it is, and begins the phrases it starts.
     *
     * @return whether partial phrases remain alive
     */
    boolean advance(Partials partials, int token, int start, int end, MatchSink sink) {
        Node[] active = partials.nodes;
        int[] activeStart = partials.starts;
        int activeCount = partials.count;
        int kept = 0;
        for (int i = 0; i < activeCount; i++) {
            Node next = active[i].next(token);
            if (next != null) {
                if (next.entry != null) {
                    sink.match(next.entry, activeStart[i], end);
                }
                if (next.hasChildren()) {
                    active[kept] = next;
                    activeStart[kept] = activeStart[i];
                    kept++;
                }
            }
        }
        Node first = firstTokens[token];
        if (first != null) {
            if (first.entry != null) {
                sink.match(first.entry, start, end);
            }
            if (first.hasChildren()) {
                active[kept] = first;
                activeStart[kept] = start;
                kept++;
            }
        }
        partials.count = kept;
        return kept != 0;
    }

    /**
     * The phrases of one language begun and not yet complete during a match, at most one per start word of its
     * longest phrase: scratch space of one scan.
     */
    static final class Partials {
        private final Node[] nodes;
        private final int[] starts;
        private int count;

        private Partials(int capacity) {
            nodes = new Node[capacity];
            starts = new int[capacity];
        }

        /** Forgets every partial phrase: the next word cannot continue them. */
        void clear() {
            count = 0;
        }
    }

    /** Builds a matcher from lexicon entries, analysing each phrase with the language's chain. */
    static final class Builder {

        private final LexiconAnalyzer analyzer;
        private final Map<String, Integer> tokenNumbers = new LinkedHashMap<>();
        private final BuildNode root = new BuildNode();
        private int maxPhraseTokens = 1;
        private int phraseCount;

        Builder(LexiconAnalyzer analyzer) {
            this.analyzer = requireNonNull(analyzer, "analyzer is null");
        }

        /**
         * Adds one phrase. The same analysed phrase twice in one category keeps the higher weight (a stemmer may
         * well merge "diabetes" and "Diabetes"); in two categories it is an error, since a finding has one type.
         *
         * @throws LexiconException when the phrase has no word, or is already listed under another category
         */
        Builder add(LexiconEntry entry) {
            List<String> tokens = analyze(entry.phrase());
            if (tokens.isEmpty()) {
                throw new LexiconException(entry.location() + ": term has no letters or digits: '"
                        + entry.phrase() + "'");
            }
            BuildNode node = root;
            for (String token : tokens) {
                int number = tokenNumbers.computeIfAbsent(token, t -> tokenNumbers.size());
                node = node.children.computeIfAbsent(number, n -> new BuildNode());
            }
            if (node.entry == null) {
                node.entry = entry;
                phraseCount++;
            } else if (node.entry.type() != entry.type()) {
                throw new LexiconException(entry.location() + ": '" + entry.phrase() + "' is listed as "
                        + entry.type() + " but already as " + node.entry.type() + " at " + node.entry.location());
            } else if (entry.weight() > node.entry.weight()) {
                node.entry = entry;
            }
            maxPhraseTokens = Math.max(maxPhraseTokens, tokens.size());
            return this;
        }

        PhraseMatcher build() {
            CharArrayMap<Integer> numbers = new CharArrayMap<>(tokenNumbers.size(), false);
            numbers.putAll(tokenNumbers);
            Node[] firstTokens = new Node[tokenNumbers.size()];
            root.children.forEach((number, child) -> firstTokens[number] = child.freeze());
            return new PhraseMatcher(analyzer.language(), CharArrayMap.unmodifiableMap(numbers), firstTokens,
                    maxPhraseTokens, phraseCount);
        }

        private List<String> analyze(String phrase) {
            List<String> tokens = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("", phrase)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return tokens;
        }
    }

    /** Mutable trie node while building. */
    private static final class BuildNode {
        final Map<Integer, BuildNode> children = new LinkedHashMap<>();
        LexiconEntry entry;

        Node freeze() {
            if (children.isEmpty()) {
                return new Node(null, null, entry);
            }
            int[] tokens = children.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            Node[] next = new Node[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                next[i] = children.get(tokens[i]).freeze();
            }
            return new Node(tokens, next, entry);
        }
    }

    /**
     * Frozen trie node: the phrase ending here (if any) and the tokens that continue a longer phrase, sorted, with
     * their nodes. A node has a handful of continuations, so a binary search over them beats any hash probe.
     */
    private static final class Node {
        private final int[] tokens;
        private final Node[] children;
        final LexiconEntry entry;

        Node(int[] tokens, Node[] children, LexiconEntry entry) {
            this.tokens = tokens;
            this.children = children;
            this.entry = entry;
        }

        boolean hasChildren() {
            return tokens != null;
        }

        Node next(int token) {
            if (tokens == null) {
                return null;
            }
            int i = Arrays.binarySearch(tokens, token);
            return i >= 0 ? children[i] : null;
        }
    }
}
