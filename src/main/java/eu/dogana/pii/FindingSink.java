package eu.dogana.pii;

/** Where a {@link Detector} puts what it finds; the scanner owns ordering, filtering and overlaps. */
@FunctionalInterface
public interface FindingSink {

    void add(Finding finding);
}
