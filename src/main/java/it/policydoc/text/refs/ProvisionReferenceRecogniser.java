package it.policydoc.text.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
 * numbering has none, so such words can only refer to an act.
 */
public final class ProvisionReferenceRecogniser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+");
    /**
     * "… del codice", "… della legge regionale", "… c.c.": the reference is into another text.
     * "del presente regolamento" and "delle presenti linee guida" stay internal; "della stessa
     * legge" does not, as it names an act mentioned before.
     */
    private static final Pattern INTO_ANOTHER_TEXT = Pattern.compile("(?:\\s*,\\s*|\\s+)(?:"
            + PartitionParser.OF_PREPOSITION + "\\s*(?!present[ei](?![\\p{L}]))(?=[\\p{L}\\p{N}])"
            + "|(?:c\\.\\s*c\\.|c\\.\\s*p\\.\\s*c\\.|c\\.\\s*p\\.\\s*p\\.|c\\.\\s*p\\.|cod\\.\\s*civ\\.|cod\\.\\s*pen\\.|tuel"
            + "|t\\.\\s*u\\.\\s*e\\.\\s*l\\.|t\\.\\s*u\\.)(?![\\p{L}]))", FLAGS);

    /**
     * The internal references in the text, left to right.
     *
     * @param lawReferences what the law recogniser found in the same text: article words
     *     inside them are not internal references
     */
    public List<ProvisionReference> find(String text, List<LawReference> lawReferences) {
        List<ProvisionReference> found = new ArrayList<>();
        for (WrittenPartition written : PartitionParser.findAll(text)) {
            boolean partOfLaw = lawReferences.stream().anyMatch(law -> law.span().overlaps(written.span()));
            boolean intoAnotherText = INTO_ANOTHER_TEXT.matcher(text)
                    .region(written.span().end(), text.length()).lookingAt();
            if (!partOfLaw && !intoAnotherText) {
                internal(written).ifPresent(found::add);
            }
        }
        return found;
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
