package eu.dogana.policy;

import eu.dogana.pii.EntityType;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code findings.count} as CEL sees it: a read-only map from every entity type name to its count, zero for the types
 * not found, so that {@code findings.count['IBAN_CODE'] > 0} never fails on an absent key. A view over the summary;
 * nothing is copied.
 */
final class EntityCounts extends AbstractMap<String, Long> {

    private static final EntityType[] TYPES = EntityType.values();

    private final FindingsSummary findings;

    EntityCounts(FindingsSummary findings) {
        this.findings = findings;
    }

    @Override
    public Long get(Object key) {
        if (key instanceof String name) {
            EntityType type = EntityType.byName(name).orElse(null);
            if (type != null) {
                return (long) findings.count(type);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && EntityType.byName(name).isPresent();
    }

    @Override
    public int size() {
        return TYPES.length;
    }

    @Override
    public Set<Entry<String, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Long>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < TYPES.length;
                    }

                    @Override
                    public Entry<String, Long> next() {
                        if (next >= TYPES.length) {
                            throw new NoSuchElementException();
                        }
                        EntityType type = TYPES[next++];
                        return Map.entry(type.name(), (long) findings.count(type));
                    }
                };
            }

            @Override
            public int size() {
                return TYPES.length;
            }
        };
    }
}
