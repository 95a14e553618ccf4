package eu.dogana.pii.special;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * All lexicon phrases of one language, compiled into a trie keyed on analysed tokens, and the one-pass matcher over
 * a text. Each trie node maps the next token to a child through a {@link CharArrayMap}, probed with a slice of the
 * token's term buffer, so matching creates no object per token.
 *
 * <p>Matching analyses the text once with the language's {@link LexiconAnalyzer}. It keeps the partial phrases still
 * alive (at most one per start token of the last {@code maxPhraseTokens} tokens), advances them by each new token,
 * and reports every complete phrase with the offsets of its first and last token, from {@link OffsetAttribute}, so
 * the span is exact in the original text. Overlapping and nested matches are all reported; the caller picks.
 *
 * <p>Immutable and thread-safe once built.
 */
final class PhraseMatcher {

    /** Receives each complete phrase found, with its {@code [start, end)} span in the text. */
    @FunctionalInterface
    interface MatchSink {
        void match(LexiconEntry entry, int start, int end);
    }

    private final LexiconAnalyzer analyzer;
    /** Analyzers free for a scan: each serves one thread at a time ({@link LexiconAnalyzer}). */
    private final java.util.concurrent.ConcurrentLinkedQueue<LexiconAnalyzer> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final Node root;
    private final int maxPhraseTokens;
    private final int phraseCount;

    private PhraseMatcher(LexiconAnalyzer analyzer, Node root, int maxPhraseTokens, int phraseCount) {
        this.analyzer = analyzer;
        this.root = root;
        this.maxPhraseTokens = maxPhraseTokens;
        this.phraseCount = phraseCount;
    }

    LexiconLanguage language() {
        return analyzer.language();
    }

    /** Number of distinct analysed phrases. */
    int phraseCount() {
        return phraseCount;
    }

    boolean isEmpty() {
        return phraseCount == 0;
    }

    void match(String text, MatchSink sink) {
        match(text, 0, text.length(), sink);
    }

    /** Matches in {@code text[start, end)}; offsets reported are the text's. */
    void match(String text, int start, int end, MatchSink sink) {
        if (isEmpty()) {
            return;
        }
        LexiconAnalyzer borrowed = idle.poll();
        if (borrowed == null) {
            borrowed = new LexiconAnalyzer(analyzer.language());
        }
        try {
            match(borrowed, new RegionReader(text, start, end), start, sink);
        } finally {
            idle.offer(borrowed);
        }
    }

    private void match(LexiconAnalyzer analyzer, Reader text, int base, MatchSink sink) {
        Node[] active = new Node[maxPhraseTokens];
        int[] activeStart = new int[maxPhraseTokens];
        int activeCount = 0;
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                char[] buffer = term.buffer();
                int length = term.length();
                int end = base + offset.endOffset();
                int kept = 0;
                for (int i = 0; i < activeCount; i++) {
                    Node next = active[i].next(buffer, length);
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
                Node first = root.next(buffer, length);
                if (first != null) {
                    int start = base + offset.startOffset();
                    if (first.entry != null) {
                        sink.match(first.entry, start, end);
                    }
                    if (first.hasChildren()) {
                        active[kept] = first;
                        activeStart[kept] = start;
                        kept++;
                    }
                }
                activeCount = kept;
            }
            tokens.end();
        } catch (IOException e) {
            // the text is a String: its reader cannot fail
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads {@code text[start, end)} without copying it out first: the analysis chain pulls characters in blocks, and a
     * substring of a text with any non-Latin-1 character would cost a copy and a compression attempt per segment.
     */
    private static final class RegionReader extends Reader {

        private final String text;
        private final int end;
        private int next;

        RegionReader(String text, int start, int end) {
            this.text = text;
            this.next = start;
            this.end = end;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (next >= end) {
                return -1;
            }
            int count = Math.min(length, end - next);
            text.getChars(next, next + count, buffer, offset);
            next += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    /** Builds a matcher from lexicon entries, analysing each phrase with the language's chain. */
    static final class Builder {

        private final LexiconAnalyzer analyzer;
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
                node = node.children.computeIfAbsent(token, t -> new BuildNode());
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
            return new PhraseMatcher(analyzer, root.freeze(), maxPhraseTokens, phraseCount);
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

    /** Mutable trie node while building; insertion order kept so that the frozen trie is deterministic. */
    private static final class BuildNode {
        final Map<String, BuildNode> children = new LinkedHashMap<>();
        LexiconEntry entry;

        Node freeze() {
            if (children.isEmpty()) {
                return new Node(null, entry);
            }
            CharArrayMap<Node> next = new CharArrayMap<>(children.size(), false);
            for (Map.Entry<String, BuildNode> child : children.entrySet()) {
                next.put(child.getKey(), child.getValue().freeze());
            }
            return new Node(CharArrayMap.unmodifiableMap(next), entry);
        }
    }

    /** Frozen trie node: the phrase ending here (if any) and the tokens that continue a longer phrase. */
    private static final class Node {
        private final CharArrayMap<Node> children;
        final LexiconEntry entry;

        Node(CharArrayMap<Node> children, LexiconEntry entry) {
            this.children = children;
            this.entry = entry;
        }

        boolean hasChildren() {
            return children != null;
        }

        Node next(char[] token, int length) {
            return children == null ? null : children.get(token, 0, length);
        }
    }
}
