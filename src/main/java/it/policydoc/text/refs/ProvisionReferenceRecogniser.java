package it.policydoc.text.refs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references to articles, commi and points of the same policy written as plain text:
 * "art. 4 comma 3", "all'art.4 comma 3", "precedente articolo 2", "commi 2 e 3", "lettera b)",
 * "comma 3 del presente articolo". Article words that belong to an act ("art. 1, comma 5 della
 * L. n. 150/2000", "art. 2043 c.c.", "art. 5 del Regolamento comunale") are not internal: those
 * found by the {@link LawReferenceRecogniser} are passed in, the others are told by the words
 * that follow.
 *
 * <p>Articles or commi numbered with a Latin suffix ("art. 4-bis") are left out: a policy's
 * numbering has none, so such words can only refer to an act. Words that point into the text
 * without naming a unit ("nei commi precedenti", "capo II") are {@link VagueReference}s.
 */
public final class ProvisionReferenceRecogniser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    /**
     * "… del codice", "… della legge regionale", "… c.c.": the reference is into another text.
     * "del presente regolamento", "delle presenti linee guida" and "del Capo precedente" stay
     * internal; "della stessa legge" does not, as it names an act mentioned before.
     */
    private static final Pattern INTO_ANOTHER_TEXT = Pattern.compile("(?:\\s*,\\s*|\\s+)(?:"
            + PartitionParser.OF_PREPOSITION + "\\s*(?!(?:present[ei]|capo|titolo|sezione|capitolo)(?![\\p{L}]))"
            + "(?=[\\p{L}\\p{N}])"
            + "|(?:c\\.\\s*c\\.|c\\.\\s*p\\.\\s*c\\.|c\\.\\s*p\\.\\s*p\\.|c\\.\\s*p\\.|cod\\.\\s*civ\\.|cod\\.\\s*pen\\.|tuel"
            + "|t\\.\\s*u\\.\\s*e\\.\\s*l\\.|t\\.\\s*u\\.)(?![\\p{L}]))", FLAGS);

    private static final Pattern AFTER_ACT = Pattern.compile("\\s*,\\s*|\\s+|\\s*\\(\\s*", FLAGS);
    private static final Pattern OF_ANYTHING = Pattern.compile("(?:\\s*,\\s*|\\s+)" + PartitionParser.OF_PREPOSITION, FLAGS);

    /** Unit words with a direction but no number: "nei commi precedenti", "al comma successivo". */
    private static final String UNITS = "(?:comm[ai]|articol[oi]|punt[oi]|letter[ae]|capo|capi|disposizioni|norme)";
    /** "le precedenti disposizioni" are earlier rules, not the ones above: only units that have numbers. */
    private static final String NUMBERED_UNITS = "(?:comm[ai]|articol[oi]|punt[oi]|letter[ae]|capo|capi)";
    private static final Pattern VAGUE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + UNITS + "\\s+(?:precedent[ei]|successiv[oaie]|seguent[ei]|che\\s+precedon[oa]|che\\s+precede|che\\s+segu(?:e|ono))"
            + "|(?:precedent[ei]|successiv[oaie])\\s+" + NUMBERED_UNITS + "(?!\\s*\\d)"
            + "|(?:casi|ipotesi)\\s+(?:sopra|sotto)\\s*(?:indicat|elencat|previst|descritt)[ieao]"
            + "|(?:capitol[oi])\\s+\\d{1,3}(?:\\.\\d{1,3})?)(?![\\p{L}\\p{N}])", FLAGS);

    /**
     * Words that point into the text without naming a unit: relative phrases and divisions
     * ("capo II", "capitolo 6.1") that are not part of a law reference nor of another text.
     */
    public List<VagueReference> findVague(String text, List<LawReference> lawReferences,
            List<ProvisionReference> provisions) {
        List<VagueReference> found = new ArrayList<>();
        for (WrittenPartition written : PartitionParser.findAll(text)) {
            if (written.division().isPresent() && written.addresses().isEmpty() && isInternal(text, written, lawReferences)) {
                found.add(new VagueReference(written.span()));
            }
        }
        Matcher m = VAGUE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            boolean taken = lawReferences.stream().anyMatch(l -> l.span().overlaps(span))
                    || provisions.stream().anyMatch(p -> p.span().overlaps(span))
                    || found.stream().anyMatch(v -> v.span().overlaps(span));
            if (!taken && !INTO_ANOTHER_TEXT.matcher(text).region(span.end(), text.length()).lookingAt()) {
                found.add(new VagueReference(span));
            }
        }
        found.sort(Comparator.comparingInt(v -> v.span().start()));
        return found;
    }

    /**
     * The internal references in the text, left to right.
     *
     * @param lawReferences what the law recogniser found in the same text: article words
     *     inside them are not internal references
     */
    public List<ProvisionReference> find(String text, List<LawReference> lawReferences) {
        List<ProvisionReference> found = new ArrayList<>();
        for (WrittenPartition written : PartitionParser.findAll(text)) {
            if (!written.addresses().isEmpty() && isInternal(text, written, lawReferences)) {
                internal(written).ifPresent(found::add);
            }
        }
        return found;
    }

    private static boolean isInternal(String text, WrittenPartition written, List<LawReference> lawReferences) {
        boolean partOfLaw = lawReferences.stream().anyMatch(law -> law.span().overlaps(written.span()));
        boolean intoAnotherText = INTO_ANOTHER_TEXT.matcher(text).region(written.span().end(), text.length()).lookingAt();
        return !partOfLaw && !intoAnotherText && !rightAfterAnAct(text, written, lawReferences);
    }

    /**
     * "capo V della legge 241/1990, artt. 22 e seguenti": article words right after an act, and
     * followed by nothing that names another text, are the act's, even when the act already took
     * other words as its own. "legge 241/1990, art. 4 del presente regolamento" stays internal.
     */
    private static boolean rightAfterAnAct(String text, WrittenPartition written, List<LawReference> lawReferences) {
        boolean followsAct = lawReferences.stream().anyMatch(law -> law.span().end() <= written.span().start()
                && AFTER_ACT.matcher(text).region(law.span().end(), written.span().start()).matches());
        return followsAct && written.direction() == Direction.NONE
                && !OF_ANYTHING.matcher(text).region(written.span().end(), text.length()).lookingAt();
    }

    private static Optional<ProvisionReference> internal(WrittenPartition written) {
        List<ProvisionAddress> addresses = new ArrayList<>();
        for (WrittenPartition.Address address : written.addresses()) {
            Optional<OptionalInt> article = plainNumber(address.article());
            Optional<OptionalInt> comma = plainNumber(address.comma());
            if (article.isEmpty() || comma.isEmpty()) {
                return Optional.empty();
            }
            addresses.add(new ProvisionAddress(article.get(), comma.get(), address.point()));
        }
        return Optional.of(new ProvisionReference(written.span(), written.addressSpan(), written.direction(),
                addresses));
    }

    /** Empty when the number has a Latin suffix; an empty OptionalInt when none was written. */
    private static Optional<OptionalInt> plainNumber(Optional<String> written) {
        if (written.isEmpty()) {
            return Optional.of(OptionalInt.empty());
        }
        if (!PLAIN_NUMBER.matcher(written.get()).matches()) {
            return Optional.empty();
        }
        return Optional.of(OptionalInt.of(Integer.parseInt(written.get())));
    }
}
