package eu.dogana.pii.pseudonym;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Identifiers;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mapping between values and placeholders for one request, and only for it: created when the prompt is
 * scanned, consulted when the answer is restored, dropped with the request. Nothing here is ever persisted.
 *
 * <p>The same value (after light normalisation: case and spacing for identifiers, as written for names) gets the
 * same placeholder in every message, so "Mario Rossi" in the system prompt and in a tool result are both
 * {@code PERSON_1} and the model can reason about them as one person.
 *
 * <p>A caller cannot forge a placeholder to obtain a value: the vault knows only this request's values, and a
 * placeholder-shaped token the caller wrote ({@link #reserve}) is never minted, so it is never "restored" either.
 *
 * <p>Not thread-safe; a request's prompt is scanned on one thread and its answer restored on one event loop.
 */
public final class PseudonymVault {

    private final Map<String, String> placeholderByValue = new HashMap<>();
    private final Map<String, String> valueByPlaceholder = new HashMap<>();
    private final NavigableSet<String> placeholders = new TreeSet<>();
    private final Map<EntityType, Integer> lastNumber = new EnumMap<>(EntityType.class);
    private final Set<String> reserved = new HashSet<>();

    /** Marks every placeholder-shaped token in a caller's text as taken, so it is never minted. */
    public void reserve(CharSequence callerText) {
        int length = callerText.length();
        for (int i = 0; i < length; i++) {
            char c = callerText.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || Placeholders.canStartAfter(callerText.charAt(i - 1)))) {
                int end = Placeholders.tokenEnd(callerText, i);
                if ((end == length || !Placeholders.isWordChar(callerText.charAt(end)))
                        && Placeholders.isPlaceholder(callerText, i, end)) {
                    reserved.add(callerText.subSequence(i, end).toString());
                }
                i = end;
            }
        }
    }

    /** The placeholder for a value, minted on first sight. */
    public String placeholderFor(EntityType type, String value) {
        String key = type.name() + '\u0000' + normalise(type, value);
        String existing = placeholderByValue.get(key);
        if (existing != null) {
            return existing;
        }
        String placeholder;
        int n = lastNumber.getOrDefault(type, 0);
        do {
            n++;
            placeholder = type.name() + '_' + n;
        } while (reserved.contains(placeholder));
        lastNumber.put(type, n);
        placeholderByValue.put(key, placeholder);
        valueByPlaceholder.put(placeholder, value);
        placeholders.add(placeholder);
        return placeholder;
    }

    public Optional<String> valueOf(String placeholder) {
        return Optional.ofNullable(valueByPlaceholder.get(placeholder));
    }

    /** Whether {@code value} is one this request's caller sent (it is no leak when the model repeats it). */
    public boolean holdsValue(EntityType type, String value) {
        return placeholderByValue.containsKey(type.name() + '\u0000' + normalise(type, value));
    }

    /** Whether some placeholder begins with {@code prefix}: a stream must hold such a tail back. */
    boolean isPrefixOfPlaceholder(CharSequence prefix) {
        String p = prefix.toString();
        String ceiling = placeholders.ceiling(p);
        return ceiling != null && ceiling.startsWith(p);
    }

    public boolean isEmpty() {
        return valueByPlaceholder.isEmpty();
    }

    public int size() {
        return valueByPlaceholder.size();
    }

    /** Names keep their case here: "Rossi" and "ROSSI" may be written apart on purpose in one text. */
    private static String normalise(EntityType type, String value) {
        return type == EntityType.PERSON || type == EntityType.LOCATION ? value.strip() : Identifiers.normalise(type, value);
    }
}
