package eu.dogana.pii.pseudonym;

import eu.dogana.pii.EntityType;
import eu.dogana.pii.Identifiers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * <p>Every value the caller sent is also {@link #remember remembered}, whatever its operator, so that the model
 * repeating a value that was kept, masked or hashed in the prompt is not mistaken for a leak. A remembered value has
 * no placeholder and is never restored.
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
    /** Every value the caller sent, by type and {@link Identifiers#normalise canonical form}. */
    private final Set<String> sentValues = new HashSet<>();
    /**
     * The words of each name the caller sent, in lower case, name by name: a part of one name is the caller's
     * person, words taken from two ("Anna" of "Anna Bianchi" with "Rossi" of "Mario Rossi") are someone else.
     */
    private final List<Set<String>> sentNames = new ArrayList<>();

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

    /**
     * Records that the caller sent {@code value}, whatever becomes of it in the prompt. It gets no placeholder (none is
     * minted, none is numbered) and is never restored; it only makes {@link #holdsValue} answer true.
     */
    public void remember(EntityType type, String value) {
        String canonical = Identifiers.normalise(type, value);
        sentValues.add(type.name() + '\u0000' + canonical);
        if (type == EntityType.PERSON && !canonical.isEmpty()) {
            sentNames.add(Set.copyOf(Arrays.asList(canonical.split(" ")))); // a word may come twice
        }
    }

    /**
     * Whether {@code value} is one this request's caller sent (it is no leak when the model repeats it): a value with
     * a placeholder or a {@link #remember remembered} one, in any spelling of it, and for a name also a part of one:
     * after "Mario Rossi" the model's "Rossi", "mario" or "ROSSI Mario" are the caller's person, "Anna Rossi" is not,
     * even when the caller also sent "Anna Bianchi".
     */
    public boolean holdsValue(EntityType type, String value) {
        if (placeholderByValue.containsKey(type.name() + '\u0000' + normalise(type, value))) {
            return true;
        }
        String canonical = Identifiers.normalise(type, value);
        if (sentValues.contains(type.name() + '\u0000' + canonical)) {
            return true;
        }
        if (type != EntityType.PERSON) {
            return false;
        }
        if (canonical.isEmpty()) {
            return false;
        }
        List<String> words = List.of(canonical.split(" "));
        for (Set<String> name : sentNames) {
            if (name.containsAll(words)) {
                return true;
            }
        }
        return false;
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
