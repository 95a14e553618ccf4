package eu.dogana.pii.eval;

import eu.dogana.pii.EntityType;
import java.util.ArrayList;
import java.util.List;

/** Reads texts with values marked inline as {@code [[TYPE|value]]}, the format of the hand-written cases. */
final class InlineLabels {

    private InlineLabels() {
    }

    static LabelledText parse(String language, String marked) {
        StringBuilder text = new StringBuilder();
        List<LabelledText.Span> spans = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int bar = marked.indexOf('|', open);
            int close = marked.indexOf("]]", open);
            if (bar < 0 || close < bar) {
                throw new IllegalArgumentException("bad mark at " + open + " in: " + marked);
            }
            text.append(marked, i, open);
            EntityType type = EntityType.byName(marked.substring(open + 2, bar))
                    .orElseThrow(() -> new IllegalArgumentException("unknown type in: " + marked));
            int start = text.length();
            text.append(marked, bar + 1, close);
            spans.add(new LabelledText.Span(type, start, text.length()));
            i = close + 2;
        }
        return new LabelledText(language, text.toString(), spans);
    }
}
