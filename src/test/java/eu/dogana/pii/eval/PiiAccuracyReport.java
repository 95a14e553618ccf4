package eu.dogana.pii.eval;

/** Prints the corpus scorecard and every miss: {@code bench/pii-accuracy.sh}. */
public final class PiiAccuracyReport {

    private PiiAccuracyReport() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        var corpus = Corpus.load(rounds, 42);
        Scorecard card = PiiAccuracyTest.score(corpus);
        System.out.println("PII accuracy on " + corpus.size() + " labelled texts (score threshold "
                + PiiAccuracyTest.THRESHOLD + ")\n");
        System.out.print(card.table());
        if (args.length > 1 && args[1].equals("--misses")) {
            System.out.println();
            card.misses().forEach(System.out::println);
        }
    }
}
