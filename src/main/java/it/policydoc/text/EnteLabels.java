package it.policydoc.text;

import it.policydoc.model.Comune;
import it.policydoc.model.ProvinceKind;
import java.util.Locale;

/**
 * The names of the enti a comune belongs to, as printed under its name: "Provincia di Fermo",
 * "Città metropolitana di Milano", "Libero consorzio comunale di Trapani", "Provincia autonoma
 * di Trento". A {@code provincia} written with its ente's name is printed as written.
 */
public final class EnteLabels {

    /** Words an ente's own name starts with ("Città metropolitana di Milano", "Provincia di…"). */
    private static final String[] ENTE_WORDS = {"provincia", "città metropolitana", "citta metropolitana",
            "libero consorzio", "consorzio", "regione", "ente di decentramento"};

    private EnteLabels() {
    }

    public static String province(Comune comune) {
        String written = comune.province().strip().replaceAll("\\s+", " ");
        if (namesItsEnte(written)) {
            return written;
        }
        return comune.provinceKind().title() + " " + of(written);
    }

    private static boolean namesItsEnte(String written) {
        String lower = written.toLowerCase(Locale.ITALIAN);
        for (String word : ENTE_WORDS) {
            if (lower.startsWith(word + " ") || lower.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "di" before a place name, joined with the place's own article: "di Fermo", "dell'Aquila",
     * "della Spezia".
     */
    static String of(String place) {
        String lower = place.toLowerCase(Locale.ITALIAN);
        if (lower.startsWith("l'") || lower.startsWith("l’")) {
            return "dell" + place.charAt(1) + place.substring(2);
        }
        if (lower.startsWith("la ")) {
            return "della " + place.substring(3);
        }
        if (lower.startsWith("il ")) {
            return "del " + place.substring(3);
        }
        return "di " + place;
    }
}
