package eu.dogana.pii.name;

/**
 * The languages whose name and place lists the {@link Gazetteer} holds. The ordinal is the bit a locale occupies
 * within each {@link Gazetteer.Kind}'s byte of a gazetteer entry's flags, so the order is part of the encoding and
 * there may be at most eight constants.
 */
public enum NameLocale {
    EN, DE, IT, FR, ES, NL, PL, PT;

    /** This locale's bit within the given kind's byte of the flags. */
    public long bit(Gazetteer.Kind kind) {
        return 1L << (kind.ordinal() * 8 + ordinal());
    }
}
