package it.policydoc.importing.structure;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ids made from titles: lower-case words without accents, joined by hyphens, the small words
 * of Italian left out, at most four words; a second "oggetto" becomes "oggetto-2". One maker per
 * policy, so ids are unique in it.
 */
final class IdMaker {

    private static final Set<String> SMALL_WORDS = Set.of("a", "ad", "al", "alla", "alle", "agli", "ai", "all",
            "con", "da", "dal", "dalla", "dei", "del", "della", "delle", "degli", "dell", "di", "e", "ed", "gli",
            "i", "il", "in", "l", "la", "le", "lo", "nei", "nel", "nella", "nelle", "o", "per", "su", "sul",
            "sulla", "tra", "fra", "un", "una", "uno", "d");
    private static final int MAX_WORDS = 4;

    private final Set<String> used = new HashSet<>();

    String make(String title, String fallback) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        List<String> words = List.of(plain.split(" ")).stream()
                .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w)).limit(MAX_WORDS).toList();
        String base = words.isEmpty() ? fallback : String.join("-", words);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
