package eu.dogana.pii.name;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What the Datafaker lists lack, kept small on purpose. Cities: its German, Dutch and English locales generate city
 * names from templates instead of listing real ones, and no locale lists the English exonyms ("Munich", "The Hague")
 * an English text uses; the detectors treat an unknown capitalised word after a postcode as a city anyway, so this
 * list only raises the score and lets "in Berlin" count without a postcode. Surnames: the Italian list holds
 * truncated entries ("Ross", "Cont") where the commonest surnames should be.
 */
final class Supplement {

    private static final Map<NameLocale, List<String>> CITIES = Map.of(
            NameLocale.EN, List.of("London", "Manchester", "Birmingham", "Liverpool", "Leeds", "Sheffield", "Bristol",
                    "Newcastle", "Nottingham", "Leicester", "Southampton", "Glasgow", "Edinburgh", "Aberdeen",
                    "Cardiff", "Belfast", "Dublin", "Cork", "Oxford", "Cambridge", "York", "Brighton", "New York",
                    "Los Angeles", "Chicago", "Boston", "San Francisco", "Washington", "Toronto", "Sydney",
                    "Melbourne", "Rome", "Milan", "Naples", "Turin", "Florence", "Venice", "Munich", "Cologne",
                    "Vienna", "Zurich", "Geneva", "Brussels", "Antwerp", "The Hague", "Lisbon", "Warsaw", "Cracow",
                    "Prague", "Copenhagen", "Stockholm", "Athens", "Seville"),
            NameLocale.DE, List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Stuttgart", "Düsseldorf",
                    "Leipzig", "Dortmund", "Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg",
                    "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster", "Mannheim", "Karlsruhe", "Augsburg",
                    "Wiesbaden", "Mainz", "Kiel", "Freiburg", "Heidelberg", "Potsdam", "Erfurt", "Magdeburg",
                    "Rostock", "Saarbrücken", "Regensburg", "Würzburg", "Aachen", "Braunschweig", "Chemnitz",
                    "Lübeck", "Wien", "Linz", "Salzburg", "Innsbruck", "Zürich", "Bern", "Basel", "Genf",
                    "Luzern", "Luxemburg"),
            NameLocale.IT, List.of("Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze",
                    "Venezia", "Verona", "Trieste", "Padova", "Bari", "Catania", "Lugano", "Bolzano"),
            NameLocale.FR, List.of("Bruxelles", "Genève", "Lausanne", "Luxembourg", "Liège", "Namur", "Charleroi",
                    "Monaco"),
            NameLocale.ES, List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza",
                    "Palma", "Andorra la Vella"),
            NameLocale.NL, List.of("Amsterdam", "Rotterdam", "Den Haag", "'s-Gravenhage", "Utrecht", "Eindhoven",
                    "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Enschede",
                    "Maastricht", "Leiden", "Delft", "Zwolle", "Amersfoort", "Apeldoorn", "'s-Hertogenbosch",
                    "Antwerpen", "Brussel", "Gent", "Brugge", "Leuven"),
            NameLocale.PL, List.of("Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin",
                    "Bydgoszcz", "Lublin", "Katowice", "Białystok", "Gdynia"),
            NameLocale.PT, List.of("Lisboa", "Porto", "Braga", "Coimbra", "Funchal", "São Paulo", "Rio de Janeiro",
                    "Brasília", "Belo Horizonte", "Curitiba", "Recife", "Porto Alegre"));

    private static final Map<NameLocale, List<String>> SURNAMES = Map.of(
            NameLocale.IT, List.of("Rossi", "Conti", "Bianco", "Serra", "Farina", "Fiore", "Costantini", "De Luca",
                    "Romano", "Ricci", "Marino", "Greco", "Rizzo", "Moretti", "Barbieri", "Fontana", "Caruso"),
            NameLocale.DE, List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner"));

    private Supplement() {
    }

    static void forEachCity(BiConsumer<NameLocale, String> consumer) {
        CITIES.forEach((locale, cities) -> cities.forEach(city -> consumer.accept(locale, city)));
    }

    static void forEachSurname(BiConsumer<NameLocale, String> consumer) {
        SURNAMES.forEach((locale, names) -> names.forEach(name -> consumer.accept(locale, name)));
    }
}
