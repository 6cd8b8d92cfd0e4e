package it.policydoc.text.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads chains of provision words — articles, commi, letters, points — the small grammar that
 * internal references and the article part of law references share:
 *
 * <pre>
 * chain     = [direction] ( articles [sep commi] [sep points]
 *                         | commi [sep points] [of-article]
 *                         | points [of-comma] [of-article]
 *                         | division [sep articles…] )
 * articles  = ("art." | "articolo") number | ("artt." | "articoli") number-list
 * commi     = ("comma" | "co.") number | "commi" number-list | ordinal "comma"; "c." too after an article
 * points    = ("lettera" | "lett.") letter | "lettere" letter-list | "punto" number | "punti" number-list
 * division  = ("capo" | "titolo" | "sezione" | "capitolo") (roman | number ["." number])
 * </pre>
 *
 * A letter must be written with its parenthesis ("lettera b)") unless it follows an article or a
 * comma in the same chain, so that "una lettera al Sindaco" is not a reference.
 */
final class PartitionParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "di" joined with an article, as it stands between a unit and what encloses it: "del", "dell'". */
    static final String OF_PREPOSITION = "(?:(?:della|dello|delle|degli|dei|del)(?![\\p{L}])|dell['’])";

    static final String LATIN_SUFFIXES = "bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies";

    private static final String ORDINALS = "primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo";
    /** Where a chain can begin: a provision word or a direction word at the start of a word. */
    private static final String CHAIN_WORDS = "precedent|successiv|seguent|art|comm|co\\.|let|punt|capo|capitolo|titolo"
            + "|sezione|" + ORDINALS;
    private static final Pattern CHAIN_START = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + CHAIN_WORDS + ")", FLAGS);
    static final WordStartSearch CHAIN_START_SEARCH = new WordStartSearch(CHAIN_START,
            WordStartSearch.initialsOf(CHAIN_WORDS), false);
    private static final Pattern DIRECTION_WORD = Pattern.compile(
            "(?:(?<preceding>precedent[ei])|(?<following>successiv[oaie]|seguent[ei]))\\s+", FLAGS);

    private static final Pattern ARTICLE_WORD = Pattern.compile("(?:articolo|art\\.|art(?![\\p{L}]))\\s*", FLAGS);
    private static final Pattern ARTICLES_WORD = Pattern.compile("(?:articoli|artt\\.|artt(?![\\p{L}]))\\s*", FLAGS);
    private static final Pattern COMMA_WORD = Pattern.compile("(?:comma(?![\\p{L}])|co\\.)\\s*", FLAGS);
    /** "c. 5" is a comma only right after an article: "art. 43, c. 5". */
    private static final Pattern COMMA_WORD_IN_CHAIN = Pattern.compile("(?:comma(?![\\p{L}])|co\\.|c\\.)\\s*", FLAGS);
    /** "secondo comma": the comma numbered by an ordinal word before it. */
    private static final Pattern ORDINAL_COMMA = Pattern.compile(
            "(?<ordinal>" + ORDINALS + ")\\s+comma(?![\\p{L}])", FLAGS);
    private static final List<String> ORDINAL_WORDS = List.of(ORDINALS.split("\\|"));
    /** "capo V", "Capo 1", "titolo II", "sezione 3", "capitolo 6.1": a division of a text. */
    private static final Pattern DIVISION = Pattern.compile(
            "(?<kind>capo|capitolo|titolo|sezione)\\s+(?<number>[ivxl]+|\\d{1,3}(?:\\.\\d{1,3})?)(?![\\p{L}\\p{N}])",
            FLAGS);
    /** Between a division and the article words after it: "Capo V - art. 30". */
    private static final Pattern DIVISION_TO_ARTICLE = Pattern.compile("\\s*[-–,]\\s*|\\s+", FLAGS);
    private static final Pattern COMMI_WORD = Pattern.compile("commi(?![\\p{L}])\\s*", FLAGS);
    private static final Pattern LETTER_WORD = Pattern.compile("(?:lettera|lett\\.|let\\.)\\s*", FLAGS);
    private static final Pattern LETTERS_WORD = Pattern.compile("(?:lettere|lett\\.)\\s*", FLAGS);
    private static final Pattern POINT_WORD = Pattern.compile("punto(?![\\p{L}])\\s*", FLAGS);
    private static final Pattern POINTS_WORD = Pattern.compile("punti(?![\\p{L}])\\s*", FLAGS);

    /** An article or comma number, "4", "2-bis", "3 ter", "2043"; not the "3" of "3.2" nor of "3a". */
    private static final Pattern UNIT_NUMBER = Pattern.compile(
            "(?<digits>\\d{1,4})(?:(?:\\s*-\\s*|\\s+)(?<suffix>" + LATIN_SUFFIXES + "))?(?![\\p{L}\\p{N}])(?!\\.\\d)",
            FLAGS);
    /** A point letter closed by its parenthesis: "b)". */
    private static final Pattern CLOSED_LETTER = Pattern.compile("(?<letter>[a-z])\\)", FLAGS);
    /** A point letter standing alone: "b" in "comma 3, lettera b, del". */
    private static final Pattern BARE_LETTER = Pattern.compile("(?<letter>[a-z])(?![\\p{L}\\p{N}(])", FLAGS);

    /** "e seguenti" after a number: the span covers it, the address is the first unit. */
    private static final Pattern AND_FOLLOWING = Pattern.compile(
            "\\s+(?:e\\s+)?(?:seguenti(?![\\p{L}])|segg\\.|ss\\.)", FLAGS);
    /** Between the items of a list: "4, 5 e 6". */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+e\\s+", FLAGS);
    /** Between the levels of a chain: "art. 4, comma 3", "art.4 comma 3". */
    private static final Pattern LEVEL_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+", FLAGS);
    /** "del" / "dell'" before the enclosing unit: "comma 2 dell'articolo 4", "lettera b) del comma 3". */
    private static final Pattern OF_ENCLOSING = Pattern.compile("(?:\\s*,\\s*|\\s+)" + OF_PREPOSITION + "\\s*", FLAGS);
    /** "del successivo art. 23": the direction word may stand inside the chain too. */
    private static final Pattern INNER_DIRECTION = Pattern.compile("(?:precedent[ei]|successiv[oaie]|seguent[ei])\\s+",
            FLAGS);
    /** Not "dello stesso articolo": that is the article named just before, not this one. */
    private static final Pattern THIS_ARTICLE = Pattern.compile(
            "presente\\s+articolo(?![\\p{L}])", FLAGS);

    private PartitionParser() {
    }

    /** Every chain in the text, left to right, none overlapping. */
    static List<WrittenPartition> findAll(String text) {
        List<WrittenPartition> found = new ArrayList<>();
        Matcher start = CHAIN_START_SEARCH.matcher(text);
        int from = 0;
        while (from < text.length() && CHAIN_START_SEARCH.find(start, text, from)) {
            Optional<WrittenPartition> chain = parseAt(text, start.start());
            if (chain.isPresent()) {
                found.add(chain.get());
                from = chain.get().span().end();
            } else {
                from = start.start() + 1;
            }
        }
        return found;
    }

    /** The chain that begins exactly at {@code start}, if one does. */
    static Optional<WrittenPartition> parseAt(String text, int start) {
        Cursor cursor = new Cursor(text, start);
        Direction direction = Direction.NONE;
        Optional<Matcher> directionWord = cursor.take(DIRECTION_WORD);
        if (directionWord.isPresent()) {
            direction = directionWord.get().group("preceding") != null ? Direction.PRECEDING : Direction.FOLLOWING;
        }
        int addressStart = cursor.pos;
        Optional<WrittenPartition.Division> division = division(cursor);
        List<WrittenPartition.Address> addresses = division.isPresent()
                ? cursor.afterSeparator(DIVISION_TO_ARTICLE, PartitionParser::articlesFirst)
                : articlesFirst(cursor);
        if (addresses.isEmpty() && division.isEmpty()) {
            addresses = commiFirst(cursor);
        }
        if (addresses.isEmpty() && division.isEmpty()) {
            addresses = pointsFirst(cursor);
        }
        if (addresses.isEmpty() && division.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WrittenPartition(new Span(start, cursor.pos), new Span(addressStart, cursor.pos),
                direction, division, addresses));
    }

    private static Optional<WrittenPartition.Division> division(Cursor cursor) {
        return cursor.take(DIVISION).map(m -> new WrittenPartition.Division(m.group("kind").toLowerCase(Locale.ROOT),
                m.group("number").toUpperCase(Locale.ROOT)));
    }

    private static List<WrittenPartition.Address> articlesFirst(Cursor cursor) {
        List<String> articles = numbered(cursor, ARTICLES_WORD, ARTICLE_WORD);
        if (articles.isEmpty()) {
            return List.of();
        }
        List<String> commi = cursor.afterSeparator(LEVEL_SEPARATOR, c -> numbered(c, COMMI_WORD, COMMA_WORD_IN_CHAIN));
        List<PointLabel> points = cursor.afterSeparator(LEVEL_SEPARATOR, c -> points(c, true));
        return combine(articles, commi, points);
    }

    private static List<WrittenPartition.Address> commiFirst(Cursor cursor) {
        List<String> commi = numbered(cursor, COMMI_WORD, COMMA_WORD);
        if (commi.isEmpty()) {
            return List.of();
        }
        List<PointLabel> points = cursor.afterSeparator(LEVEL_SEPARATOR, c -> points(c, true));
        return combine(enclosingArticle(cursor), commi, points);
    }

    private static List<WrittenPartition.Address> pointsFirst(Cursor cursor) {
        List<PointLabel> points = points(cursor, false);
        if (points.isEmpty()) {
            return List.of();
        }
        List<String> commi = cursor.afterSeparator(OF_ENCLOSING, c -> numbered(c, COMMI_WORD, COMMA_WORD));
        return combine(enclosingArticle(cursor), commi, points);
    }

    /**
     * "dell'articolo 4" after a comma or point: that article. "del presente articolo" is read
     * and gives none, like no words at all: the article the text stands in.
     */
    private static List<String> enclosingArticle(Cursor cursor) {
        int mark = cursor.pos;
        if (cursor.take(OF_ENCLOSING).isPresent()) {
            cursor.take(INNER_DIRECTION);
            if (cursor.take(THIS_ARTICLE).isPresent()) {
                return List.of();
            }
            List<String> articles = numbered(cursor, ARTICLES_WORD, ARTICLE_WORD);
            if (!articles.isEmpty()) {
                return articles;
            }
        }
        cursor.pos = mark;
        return List.of();
    }

    /**
     * The numbers after a unit word: a list after the plural ("commi 2 e 3"), one after the
     * singular ("comma 2"); none, and no move, when no number follows.
     */
    private static List<String> numbered(Cursor cursor, Pattern pluralWord, Pattern singularWord) {
        int mark = cursor.pos;
        if (singularWord != ARTICLE_WORD) {
            Optional<Matcher> ordinal = cursor.take(ORDINAL_COMMA);
            if (ordinal.isPresent()) {
                int number = ORDINAL_WORDS.indexOf(ordinal.get().group("ordinal").toLowerCase(Locale.ROOT)) + 1;
                return List.of(Integer.toString(number));
            }
        }
        List<String> numbers = cursor.take(pluralWord).isPresent() ? numberList(cursor) : List.of();
        if (numbers.isEmpty()) {
            cursor.pos = mark;
            numbers = cursor.take(singularWord).isPresent() ? cursor.unitNumber().map(List::of).orElse(List.of())
                    : List.of();
        }
        if (numbers.isEmpty()) {
            cursor.pos = mark;
        } else {
            cursor.take(AND_FOLLOWING);
        }
        return numbers;
    }

    /**
     * Letters or numbered points. {@code bareLetters} allows "lettera b" without parenthesis, which
     * only reads as a reference inside a chain.
     */
    private static List<PointLabel> points(Cursor cursor, boolean bareLetters) {
        int mark = cursor.pos;
        List<PointLabel> points = List.of();
        if (cursor.take(LETTERS_WORD).isPresent()) {
            points = list(cursor, c -> c.letter(bareLetters)).stream().map(PointLabel::letter).toList();
        }
        if (points.isEmpty()) {
            cursor.pos = mark;
            if (cursor.take(LETTER_WORD).isPresent()) {
                points = cursor.letter(bareLetters).map(l -> List.of(PointLabel.letter(l))).orElse(List.of());
            }
        }
        if (points.isEmpty()) {
            cursor.pos = mark;
            if (cursor.take(POINTS_WORD).isPresent()) {
                points = numberList(cursor).stream().map(PointLabel::point).toList();
            } else if (cursor.take(POINT_WORD).isPresent()) {
                points = cursor.unitNumber().map(n -> List.of(PointLabel.point(n))).orElse(List.of());
            }
        }
        if (points.isEmpty()) {
            cursor.pos = mark;
        }
        return points;
    }

    private static List<String> numberList(Cursor cursor) {
        return list(cursor, Cursor::unitNumber);
    }

    /** One item, then more after list separators for as long as items follow. */
    private static List<String> list(Cursor cursor, Function<Cursor, Optional<String>> item) {
        List<String> items = new ArrayList<>();
        Optional<String> first = item.apply(cursor);
        if (first.isEmpty()) {
            return items;
        }
        items.add(first.get());
        while (true) {
            int mark = cursor.pos;
            Optional<String> next = cursor.take(LIST_SEPARATOR).isPresent() ? item.apply(cursor) : Optional.empty();
            if (next.isEmpty()) {
                cursor.pos = mark;
                return items;
            }
            items.add(next.get());
        }
    }

    /** Every article with every comma with every point: at most one level is plural in practice. */
    private static List<WrittenPartition.Address> combine(List<String> articles, List<String> commi,
            List<PointLabel> points) {
        List<Optional<String>> articleLevel = optionals(articles);
        List<Optional<String>> commaLevel = optionals(commi);
        List<Optional<PointLabel>> pointLevel = optionals(points);
        List<WrittenPartition.Address> addresses = new ArrayList<>();
        for (Optional<String> article : articleLevel) {
            for (Optional<String> comma : commaLevel) {
                for (Optional<PointLabel> point : pointLevel) {
                    addresses.add(new WrittenPartition.Address(article, comma, point));
                }
            }
        }
        return addresses;
    }

    private static <T> List<Optional<T>> optionals(List<T> values) {
        return values.isEmpty() ? List.of(Optional.empty()) : values.stream().map(Optional::of).toList();
    }

    /** A position in the text that the parse functions move forward, or back on failure. */
    private static final class Cursor {
        final String text;
        int pos;

        Cursor(String text, int pos) {
            this.text = text;
            this.pos = pos;
        }

        /** Matches the pattern right here and moves past it, or stays. */
        Optional<Matcher> take(Pattern pattern) {
            Matcher m = pattern.matcher(text).region(pos, text.length())
                    .useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.lookingAt()) {
                return Optional.empty();
            }
            pos = m.end();
            return Optional.of(m);
        }

        /** "2-bis" for "2 bis", "2-bis", "2bis"; "4" for "4". */
        Optional<String> unitNumber() {
            return take(UNIT_NUMBER).map(m -> m.group("suffix") == null ? m.group("digits")
                    : m.group("digits") + "-" + m.group("suffix").toLowerCase(Locale.ROOT));
        }

        Optional<String> letter(boolean bareAllowed) {
            Optional<Matcher> closed = take(CLOSED_LETTER);
            if (closed.isEmpty() && bareAllowed) {
                closed = take(BARE_LETTER);
            }
            return closed.map(m -> m.group("letter").toLowerCase(Locale.ROOT));
        }

        /** The separator and what follows it, or nothing and no move when either is missing. */
        <T> List<T> afterSeparator(Pattern separator, Function<Cursor, List<T>> part) {
            int mark = pos;
            List<T> found = take(separator).isPresent() ? part.apply(this) : List.of();
            if (found.isEmpty()) {
                pos = mark;
            }
            return found;
        }
    }
}
