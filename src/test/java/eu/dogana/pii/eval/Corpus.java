package eu.dogana.pii.eval;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import eu.dogana.pii.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.datafaker.Faker;
import net.datafaker.providers.base.Finance;

/**
 * The labelled evaluation corpus: sentence templates in eight languages filled with realistic values (names and
 * addresses from Datafaker's locale data, valid IBANs, cards and national identifiers, phone numbers valid for
 * libphonenumber in national and international form), plus the hand-written hard cases. Seeded, so every run
 * scores the same texts.
 */
final class Corpus {

    private static final Map<String, Locale> LOCALES = Map.of(
            "en", Locale.of("en", "IE"), "de", Locale.GERMANY, "it", Locale.ITALY, "fr", Locale.FRANCE,
            "es", Locale.of("es", "ES"), "nl", Locale.of("nl", "NL"), "pl", Locale.of("pl", "PL"),
            "pt", Locale.of("pt", "PT"));

    private static final Map<String, String> REGIONS = Map.of(
            "en", "IE", "de", "DE", "it", "IT", "fr", "FR", "es", "ES", "nl", "NL", "pl", "PL", "pt", "PT");

    private Corpus() {
    }

    /** {@code rounds} fillings of every template, then the hard cases. */
    static List<LabelledText> load(int rounds, long seed) {
        List<LabelledText> corpus = new ArrayList<>();
        Random random = new Random(seed);
        List<String[]> templates = lines("templates.txt");
        for (int round = 0; round < rounds; round++) {
            for (String[] template : templates) {
                corpus.add(fill(template[0], template[1], random));
            }
        }
        for (String[] hard : lines("hard-cases.txt")) {
            corpus.add(InlineLabels.parse(hard[0], hard[1]));
        }
        return corpus;
    }

    private static LabelledText fill(String language, String template, Random random) {
        Faker faker = new Faker(LOCALES.get(language), random);
        StringBuilder marked = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                marked.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            marked.append(template, i, open);
            String slot = template.substring(open + 1, close);
            EntityType type = EntityType.byName(slot).orElseThrow(() -> new IllegalArgumentException(slot));
            marked.append("[[").append(slot).append('|').append(value(type, language, faker, random)).append("]]");
            i = close + 1;
        }
        return InlineLabels.parse(language, marked.toString());
    }

    private static String value(EntityType type, String language, Faker faker, Random random) {
        return switch (type) {
            case PERSON -> faker.name().firstName() + " " + faker.name().lastName();
            case EMAIL_ADDRESS -> faker.internet().emailAddress();
            case PHONE_NUMBER -> phone(REGIONS.get(language), random);
            case IBAN_CODE -> {
                String iban = faker.finance().iban(REGIONS.get(language).equals("IE") ? "IE" : REGIONS.get(language));
                yield random.nextBoolean() ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
            }
            case CREDIT_CARD -> faker.finance().creditCard(List.of(Finance.CreditCardType.VISA,
                    Finance.CreditCardType.MASTERCARD, Finance.CreditCardType.AMERICAN_EXPRESS).get(random.nextInt(3)));
            case IP_ADDRESS -> random.nextInt(4) == 0 ? faker.internet().ipV6Address() : faker.internet().ipV4Address();
            case IT_FISCAL_CODE, FR_NIR, PL_PESEL, PT_NIF -> faker.idNumber().valid();
            case IE_PPSN -> ppsn(random);
            case ES_NIF -> {
                int number = random.nextInt(100_000_000);
                yield String.format("%08d%c", number, "TRWAGMYFPDXBNJZSQVHLCKE".charAt(number % 23));
            }
            case NL_BSN -> bsn(random);
            default -> throw new IllegalArgumentException("no generator for " + type);
        };
    }

    /** A number valid for libphonenumber: the region's example mobile number with its last digits varied. */
    private static String phone(String region, Random random) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber example = util.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        String national = String.valueOf(example.getNationalNumber());
        for (int attempt = 0; attempt < 50; attempt++) {
            String varied = national.substring(0, national.length() - 3) + String.format("%03d", random.nextInt(1000));
            try {
                PhoneNumber number = util.parse(varied, region);
                if (util.isValidNumber(number)) {
                    return util.format(number, random.nextBoolean() ? PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL
                            : PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
                }
            } catch (NumberParseException e) {
                // try other digits
            }
        }
        return util.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    /** An Irish PPSN: seven digits and the check letter of weights 8..2 modulo 23 (Datafaker's en-IE is not one). */
    private static String ppsn(Random random) {
        int sum = 0;
        StringBuilder ppsn = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            int digit = random.nextInt(10);
            ppsn.append(digit);
            sum += digit * (8 - i);
        }
        return ppsn.append("WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23)).toString();
    }

    /** A Dutch BSN: nine digits passing the eleven test (weights 9..2 and -1). */
    private static String bsn(Random random) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                digits[i] = i == 0 ? 1 + random.nextInt(9) : random.nextInt(10);
                sum += digits[i] * (9 - i);
            }
            int last = sum % 11;
            if (last <= 9) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    private static List<String[]> lines(String resource) {
        InputStream in = Corpus.class.getResourceAsStream("/pii-corpus/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource pii-corpus/" + resource);
        }
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                lines.add(new String[] {line.substring(0, bar).strip(), line.substring(bar + 3)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
