package it.policydoc.text.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The acts municipal regulations commonly cite, shipped with policydoc in {@code known-acts.tsv}
 * and each checked by hand against its official title: their full date (so that "L. 241/90"
 * links to {@code urn:nir:stato:legge:1990-08-07;241}), the names they go by ("codice civile",
 * "CAD", "decreto trasparenza", a convention made law by its ratification act) and where their
 * articles are addressed (a code's articles are in an annex of the decree that approved it).
 * Immutable.
 */
public final class KnownActs {

    private static final String RESOURCE = "known-acts.tsv";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final KnownActs STANDARD = load();

    /** Where a link to an article of the act points. */
    public sealed interface Articles {
        /** In the act itself: {@code ~art5}. */
        record OfTheAct() implements Articles {
        }

        /** In an annex of the act: {@code :2~art2043} for the civil code. */
        record InAnnex(String annex) implements Articles {
        }

        /** Nowhere the database can address: a treaty's articles are not its ratification law's. */
        record WholeActOnly() implements Articles {
        }
    }

    /**
     * One act of the table.
     *
     * @param names the spellings it is cited by, as one regular expression; empty if none
     * @param needsArticle true when the names are a reference only after article words ("c.c.")
     * @param namesFrom the day from which the names mean this act ("codice dei contratti" names
     *     a newer act from 2023); empty when always
     * @param title how the link's title calls it: "Codice civile"; empty for acts known by number
     */
    public record KnownAct(LawAct act, Articles articles, Optional<Pattern> names, boolean needsArticle,
            Optional<LocalDate> namesFrom, Optional<String> title) {

        public KnownAct {
            Objects.requireNonNull(act);
            Objects.requireNonNull(articles);
            Objects.requireNonNull(names);
            Objects.requireNonNull(namesFrom);
            Objects.requireNonNull(title);
        }
    }

    private final List<KnownAct> acts;
    private final String nameInitials;

    private KnownActs(List<KnownAct> acts, String nameInitials) {
        this.acts = List.copyOf(acts);
        this.nameInitials = nameInitials;
    }

    /** The table shipped with policydoc. */
    public static KnownActs standard() {
        return STANDARD;
    }

    public List<KnownAct> acts() {
        return acts;
    }

    /** The table's entry for an act, whatever the text said of its date. */
    public Optional<KnownAct> of(LawAct act) {
        return acts.stream().filter(k -> sameAct(k.act(), act)).findFirst();
    }

    /** The table's act of this type, number and year, whoever issued it: for decrees whose issuer goes unsaid. */
    public Optional<KnownAct> numbered(ActType type, int number, int year) {
        return acts.stream().filter(k -> k.act().type() == type && k.act().number().equals(OptionalInt.of(number))
                && k.act().year() == year).findFirst();
    }

    /** Every name of every act as one alternation without groups, longest first. */
    String namesRegex() {
        return acts.stream().flatMap(k -> k.names().stream()).map(Pattern::pattern)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
    }

    /** The first letters of every name, in lower case: where a name can begin in a text. */
    String nameInitials() {
        return nameInitials;
    }

    /**
     * The act a name as written stands for on {@code day}: of the acts called so, the one whose
     * name was in use latest by then.
     */
    Optional<KnownAct> named(String written, LocalDate day) {
        return acts.stream()
                .filter(k -> k.names().map(p -> p.matcher(written).matches()).orElse(false))
                .filter(k -> k.namesFrom().map(from -> !from.isAfter(day)).orElse(true))
                .max(Comparator.comparing(k -> k.namesFrom().orElse(LocalDate.MIN)));
    }

    private static boolean sameAct(LawAct known, LawAct cited) {
        return known.authority().equals(cited.authority()) && known.type() == cited.type()
                && known.number().equals(cited.number()) && known.year() == cited.year();
    }

    private static KnownActs load() {
        InputStream in = KnownActs.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<KnownAct> acts = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    acts.add(row(line, number));
                    initials.append(initials(line.split("\t", -1)[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownActs(acts, initials.toString());
    }

    /** "~c.c.", "codice dell'amministrazione digitale; =CAD": "c", "cc". */
    private static String initials(String names) {
        if (names.equals("-")) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String name : names.replaceFirst("^~", "").split(";")) {
            initials.append(WordStartSearch.initialsOf(name.strip().replaceFirst("^=", "")));
        }
        return initials.toString();
    }

    /** authority, type, date, number, articles, names, names from, title: see the file's header. */
    private static KnownAct row(String line, int number) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 8) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": 8 cells expected, found " + cells.length);
        }
        ActType type = ActType.valueOf(cells[1]);
        LocalDate date = LocalDate.parse(cells[2]);
        OptionalInt actNumber = cells[3].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cells[3]));
        LawAct act = new LawAct(cells[0], type, actNumber, date.getYear(), Optional.of(date));
        Articles articles = switch (cells[4]) {
            case "act" -> new Articles.OfTheAct();
            case "none" -> new Articles.WholeActOnly();
            default -> new Articles.InAnnex(cells[4].substring("annex:".length()));
        };
        boolean needsArticle = cells[5].startsWith("~");
        String names = needsArticle ? cells[5].substring(1) : cells[5];
        Optional<Pattern> pattern = names.equals("-") ? Optional.empty()
                : Optional.of(Pattern.compile(namesPattern(names), FLAGS));
        return new KnownAct(act, articles, pattern, needsArticle, optional(cells[6]).map(LocalDate::parse),
                optional(cells[7]));
    }

    private static Optional<String> optional(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    /**
     * "codice dell'amministrazione digitale; =CAD" as a pattern: spaces stand for any run of
     * white space, a full stop may be followed by some, an apostrophe may be typographic or lost
     * to a space, and a name after "=" keeps its capitals ("CAD", not "cad").
     */
    private static String namesPattern(String names) {
        List<String> alternatives = new ArrayList<>();
        for (String name : names.split(";")) {
            String spelled = name.strip();
            boolean exactCase = spelled.startsWith("=");
            String regex = spelling(exactCase ? spelled.substring(1) : spelled);
            alternatives.add(exactCase ? "(?-i:" + regex + ")" : regex);
        }
        return "(?:" + String.join("|", alternatives) + ")";
    }

    private static String spelling(String name) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                regex.append("\\s+");
            } else if (c == '.') {
                regex.append(i == name.length() - 1 ? "\\." : "\\.\\s*");
            } else if (c == '\'' || c == '’') {
                // "dell'uomo", "dell’uomo", and "dell uomo" as text copied from a PDF has it
                regex.append("(?:['’]\\s*|\\s+)");
            } else if (Character.isLetterOrDigit(c)) {
                regex.append(c);
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
