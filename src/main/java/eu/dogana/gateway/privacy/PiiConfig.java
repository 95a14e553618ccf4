package eu.dogana.gateway.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;

/**
 * How personal data in prompts and answers is handled until a policy rule says otherwise. Operators are written
 * as {@code redact}, {@code mask[:N]}, {@code replace[:text]}, {@code hash}, {@code pseudonymize} or {@code keep};
 * entity types by their Presidio-style names ({@code EMAIL_ADDRESS}, {@code IT_FISCAL_CODE} …). A name or operator
 * that does not exist stops the gateway at startup.
 */
@ConfigMapping(prefix = "dogana.pii")
public interface PiiConfig {

    /** Scan prompts (and answers) for personal data at all. */
    @WithDefault("true")
    boolean enabled();

    /** Findings scoring below this are ignored, in [0, 1]. */
    @WithDefault("0.5")
    double scoreThreshold();

    /** Operator for entity types not named in {@link #operators()}. */
    @WithDefault("pseudonymize")
    String defaultOperator();

    /** Operator per entity type for prompts, e.g. {@code SECRET: redact}. */
    Map<String, String> operators();

    /** The answer side. */
    Output output();

    /** Phone numbers. */
    Phone phone();

    interface Phone {

        /**
         * The regions (ISO 3166 codes of the EU/EEA, CH and GB) whose national numbers, written without a
         * {@code +} country code, are looked for without a context word, in order: the first that reads a number
         * wins. Numbers in international form are found for every one of those regions whatever this says, and a
         * context word ("Handy", "cellulare" …) adds its own regions. A longer list finds more national numbers and
         * takes more ordinary figures for phone numbers.
         */
        @WithDefault("DE,IT,FR,ES,NL,PL,PT")
        List<String> homeRegions();
    }

    interface Output {

        /** Scan answers for personal data the caller did not send (a model leaking memorised data). */
        @WithDefault("true")
        boolean scan();

        /**
         * Operator for such data in answers: complete answers are rewritten; streamed ones only with
         * {@link #screenStreams()}.
         */
        @WithDefault("keep")
        String defaultOperator();

        /** Operator per entity type for answers, e.g. {@code SECRET: redact}. */
        Map<String, String> operators();

        /**
         * Apply the answer operators to streamed answers too. Off by default: a screened stream is held and sent a
         * stretch of about 256 characters at a time ({@link LeakScreen}) instead of flowing token by token, so the
         * choice between latency and catching a leak mid-stream is the deployment's.
         */
        @WithDefault("false")
        boolean screenStreams();
    }
}
