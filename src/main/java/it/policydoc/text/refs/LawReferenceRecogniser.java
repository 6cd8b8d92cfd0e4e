package it.policydoc.text.refs;

import static it.policydoc.text.refs.ActType.COSTITUZIONE;
import static it.policydoc.text.refs.ActType.DECRETO_LEGGE;
import static it.policydoc.text.refs.ActType.DECRETO_LEGISLATIVO;
import static it.policydoc.text.refs.ActType.DECRETO_MINISTERIALE;
import static it.policydoc.text.refs.ActType.DECRETO_PRESIDENTE_REPUBBLICA;
import static it.policydoc.text.refs.ActType.EU_DECISION;
import static it.policydoc.text.refs.ActType.EU_DIRECTIVE;
import static it.policydoc.text.refs.ActType.EU_REGULATION;
import static it.policydoc.text.refs.ActType.LEGGE;
import static it.policydoc.text.refs.ActType.LEGGE_COSTITUZIONALE;
import static it.policydoc.text.refs.ActType.LEGGE_REGIONALE;
import static it.policydoc.text.refs.ActType.REGIO_DECRETO;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds references to Italian, regional and EU acts in plain text ("L. n. 150/2000", "D. Lgs. 14
 * marzo 2013, n. 33", "Legge 30/12/2010 n. 240", "art. 21 della Costituzione", "art. 2043 c.c.",
 * "art. 10 della Convenzione europea dei diritti dell'uomo", "L.R. n. 5/2014", "Regolamento (UE)
 * 2016/679", "direttiva 2000/31/CE") and links them to Normattiva or EUR-Lex, with the full date
 * of the act when the text or {@link KnownActs} gives it. Phrases that read as references but
 * cannot name a real act are returned as {@link LawReference.Malformed}; an act that is cited
 * right but cannot be told without more context (a regional law when the region is unknown, a
 * minister's decree not in {@link KnownActs}) is {@link LawReference.Unidentified}; what is no act
 * at all (a ministerial directive, a "Regolamento comunale") stays plain text, so that no
 * reference ever gets a wrong link.
 *
 * <p>"GDPR" and "RGPD", written in capitals, are taken as the well-known names of Regulation (EU)
 * 2016/679. Two-digit years are of this century up to the current year and of the last one after
 * it: on 1 January 2026 "L. 241/90" is of 1990 and "D.L. 18/20" of 2020.
 *
 * <p>Immutable; one instance can serve every thread.
 */
public final class LawReferenceRecogniser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int FIRST_ITALIAN_YEAR = 1861;
    private static final int FIRST_EU_YEAR = 1952;
    /** From 2015 every EU act is numbered "year/number", regulations included. */
    private static final int FIRST_YEAR_OF_UNIFIED_EU_NUMBERING = 2015;

    private static final List<String> MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
            "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");

    private static final String NOT_INSIDE_WORD = "(?<![\\p{L}\\p{N}.])";
    private static final String WORD_END = "(?![\\p{L}])";
    /** "n. 150", "n° 150", "numero 150", and "n 266" without its full stop. */
    private static final String NUMBER_SIGN = "(?:n\\.|n°|nº|nr\\.|num\\.|numero|n(?=\\s+\\d))";
    private static final String MONTH_NAME = "(?:" + String.join("|", MONTHS) + ")";
    private static final String FIRST_OF_MONTH_MARK = "(?:°|º)?";
    /** "del 7 giugno 2000", "dell'8 marzo 2000", "del 2000", "del 07/06/2000". */
    private static final String OF_DATE = "\\s*,?\\s+del(?:l['’]\\s*|\\s+)(?:"
            + "(?<ofDay>\\d{1,2})" + FIRST_OF_MONTH_MARK + "\\s+(?<ofMonth>" + MONTH_NAME + ")\\s+(?<ofYear>\\d{4})"
            + "|(?<ofNumericDay>\\d{1,2})[./-](?<ofNumericMonth>\\d{1,2})[./-](?<ofNumericYear>\\d{4})"
            + "|(?<ofBareYear>\\d{4}))(?!\\d)";

    /** "D.Lgs.n.33/2013": after an abbreviation's full stop the next word may follow at once. */
    private static final String TYPE_END = "(?:(?<=\\.)|" + WORD_END + ")";
    private static final String ITALIAN_TYPE = "(?<italianType>" + spellings(LEGGE_COSTITUZIONALE, LEGGE_REGIONALE,
            LEGGE, DECRETO_LEGISLATIVO, DECRETO_LEGGE, DECRETO_PRESIDENTE_REPUBBLICA, REGIO_DECRETO,
            DECRETO_MINISTERIALE) + ")" + TYPE_END + "\\s*+(?:,\\s*+)?";
    /** "7 giugno 2000, n. 150", "del 30/12/2010 n. 240", "30.12.2010 n. 240": a date is never a number/year. */
    private static final String DATE_THEN_NUMBER = "(?:del\\s+)?(?:(?<dateFirstDay>\\d{1,2})" + FIRST_OF_MONTH_MARK
            + "\\s+(?<dateFirstMonth>" + MONTH_NAME + ")\\s+(?<dateFirstYear>\\d{4})"
            + "|(?<dateFirstNumericDay>\\d{1,2})(?<dateSeparator>[./-])(?<dateFirstNumericMonth>\\d{1,2})\\k<dateSeparator>"
            + "(?<dateFirstNumericYear>\\d{4}))\\s*+(?:,\\s*+)?" + NUMBER_SIGN + "\\s*(?<dateFirstNumber>\\d{1,5})(?!\\d)";
    /**
     * "150/2000", "n. 150/2000", "n. 150 del 2000", "n. 150 del 7 giugno 2000"; not the "30/12" of
     * a date "30/12/2010".
     */
    private static final String NUMBER_THEN_DATE = "(?:" + NUMBER_SIGN + "\\s*)?(?<number>\\d{1,5})"
            + "(?:\\s*/\\s*(?<slashYear>\\d{4}|\\d{2})(?!\\d)(?![./-]\\d)|" + OF_DATE + ")";
    /** ", 128/04" or " e 128/04" after "leggi 248/2000": one more act of the same type. */
    private static final Pattern NEXT_OF_SAME_TYPE = Pattern.compile("(?:\\s*,\\s*|\\s+e\\s+)(?:" + NUMBER_SIGN
            + "\\s*)?(?<number>\\d{1,5})\\s*/\\s*(?<slashYear>\\d{4}|\\d{2})(?!\\d)(?![./-]\\d)", FLAGS);
    private static final Pattern PLURAL_TYPE = Pattern.compile("leggi", FLAGS);
    /** "n. del 2000", "n. /2000": the number sign without a number. */
    private static final String NUMBER_MISSING = NUMBER_SIGN + "\\s*(?<missingNumber>(?:/\\s*|del(?:l['’]\\s*|\\s+))"
            + "(?:\\d{1,2}" + FIRST_OF_MONTH_MARK + "\\s+" + MONTH_NAME + "\\s+)?\\d{2,4})(?!\\d)";
    private static final String ITALIAN_ACT = ITALIAN_TYPE + "(?:" + DATE_THEN_NUMBER + "|" + NUMBER_THEN_DATE + "|"
            + NUMBER_MISSING + ")";

    private static final String EU_MARKER_WORD = "(?:UE|CEE|CE|Euratom)" + WORD_END;
    private static final String EU_ACT = "(?<euType>" + spellings(EU_REGULATION, EU_DIRECTIVE, EU_DECISION) + ")"
            + WORD_END
            + "(?<euQualifiers>(?:\\s+(?:delegat[oa]|di\\s+esecuzione|europe[oa]|comunitari[oa]"
            + "|del\\s+parlamento\\s+europeo\\s+e\\s+del\\s+consiglio))*)"
            + "(?:\\s*\\(?\\s*(?<euMarker>" + EU_MARKER_WORD + "(?:\\s*,\\s*" + EU_MARKER_WORD + ")*)\\s*\\)?)?"
            + "\\s*(?:" + NUMBER_SIGN + "\\s*)?(?<euFirst>\\d{1,4})\\s*/\\s*(?<euSecond>\\d{1,4})"
            + "(?:\\s*/\\s*(?<euSuffix>UE|CEE|CE|Euratom|GAI|PESC))?(?![\\p{L}\\p{N}])";
    private static final Pattern EUROPEAN_QUALIFIER = Pattern.compile("europe|comunitari|parlamento", FLAGS);
    /** "(UE)", "(UE, Euratom)": the Union's acts, as opposed to the Communities' "(CE)", "(CEE)". */
    private static final Pattern UNION_MARKER = Pattern.compile("\\bUE\\b", FLAGS);

    private static final String CONSTITUTION = "(?<constitution>" + spellings(COSTITUZIONE) + ")" + WORD_END
            + "(?:\\s+(?:italiana|della\\s+repubblica(?:\\s+italiana)?)" + WORD_END + ")?";
    /** Capitals only: "gdpr" is not how anyone writes it, and short words collide. */
    private static final String GDPR_SPELLINGS = "GDPR|RGPD";
    private static final String GDPR_NAME = "(?-i:(?<gdpr>" + GDPR_SPELLINGS + "))(?![\\p{L}\\p{N}])";
    /** "codice civile", "CAD", "decreto trasparenza", "Convenzione europea dei diritti dell'uomo"… */
    private static final String NAMED_ACT = "(?<named>" + KnownActs.standard().namesRegex() + ")(?![\\p{L}\\p{N}])";

    private static final Pattern ACT = Pattern.compile(NOT_INSIDE_WORD + "(?:" + ITALIAN_ACT + "|" + EU_ACT + "|"
            + CONSTITUTION + "|" + GDPR_NAME + "|" + NAMED_ACT + ")", FLAGS);
    /** Every alternative of {@link #ACT} begins a word with a type's spelling, the GDPR's or a known act's name. */
    static final WordStartSearch ACT_SEARCH = new WordStartSearch(ACT,
            Stream.of(ActType.values()).map(t -> WordStartSearch.initialsOf(t.aliasRegex())).collect(Collectors.joining())
                    + WordStartSearch.initialsOf(GDPR_SPELLINGS) + KnownActs.standard().nameInitials(), true);

    /** "costituzione di un gruppo": the ordinary noun, not the Constitution. */
    private static final Pattern FORMATION_OF = Pattern.compile(
            "\\s+(?:di" + WORD_END + "|" + PartitionParser.OF_PREPOSITION + ")", FLAGS);
    /**
     * Between article words and the act they belong to: "art. 3 del", "art. 1, comma 5, della",
     * "art. 21 Cost.", "art. 71 (CAD)", "art. 5 del citato decreto".
     */
    private static final Pattern ARTICLE_TO_ACT = Pattern.compile(
            "(?:\\s*,\\s*|\\s+|\\s*\\(\\s*)(?:(?:della|dello|del|dell['’]|di\\s+cui\\s+all[a'’]|di\\s+cui\\s+al)\\s*"
            + "(?:(?:citat|medesim|predett|suddett|richiamat)[oa]\\s+)?)?", FLAGS);
    /**
     * Between an act and article words after it: "d.lgs. 82/2005, art. 2", "legge 150/2000 (art.
     * 2)", "legge 150/2000, e in particolare l'art. 2 comma 2 lett. a) e b)".
     */
    private static final Pattern ACT_TO_ARTICLE = Pattern.compile("\\s*,\\s*|\\s+|\\s*\\(\\s*"
            + "|\\s*+(?:[,(]\\s*+)?(?:(?:e|ed)\\s+)?(?:in\\s+particolare|segnatamente|nello\\s+specifico|che)\\s*+(?:,\\s*+)?"
            + "(?:l['’]\\s*|gli\\s+|il\\s+|all['’]\\s*|agli\\s+|al\\s+|nell['’]\\s*|negli\\s+|nel\\s+)?", FLAGS);
    /** Article words followed by "del …" belong to whatever follows, not to the act before them. */
    private static final Pattern OF_SOMETHING_ELSE = Pattern.compile(
            "(?:\\s*,\\s*|\\s+)" + PartitionParser.OF_PREPOSITION, FLAGS);

    /** Between an act and the name the text gives it: " (", " di seguito denominato ", ", detto “". */
    private static final Pattern NAMING = Pattern.compile("\\s*\\(\\s*|\\s*+(?:,\\s*+)?(?:(?:di|in)\\s+seguito\\s+|d['’]ora\\s+in"
            + "\\s+poi\\s+)?(?:denominat[oa]|dett[oa]|indicat[oa]|citat[oa])\\s+(?:anche\\s+|come\\s+)?[\"“«]?\\s*", FLAGS);
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("\\s*\\)");

    private static final LawAct GDPR = LawAct.numbered(ActType.EU_REGULATION, 679, 2016);

    private final LocalDate today;
    private final Optional<String> region;
    private final KnownActs known = KnownActs.standard();

    /**
     * @param today the day the text is checked: acts after it are malformed, and it decides the
     *     century of two-digit years and which act a name such as "codice dei contratti" means.
     *     Passed in so that the same input gives the same output.
     * @param region the region of the comune whose text this is, as a URN names it ("sicilia",
     *     "emilia.romagna"): what "L.R. n. 5/2014" is a law of; empty when unknown
     */
    public LawReferenceRecogniser(LocalDate today, Optional<String> region) {
        this.today = Objects.requireNonNull(today);
        this.region = Objects.requireNonNull(region);
    }

    /** A recogniser for a text of no known region: its regional laws are not linked. */
    public LawReferenceRecogniser(LocalDate today) {
        this(today, Optional.empty());
    }

    /** The references in the text, left to right, none overlapping. */
    public List<LawReference> find(String text) {
        List<ActMention> acts = findActs(text);
        List<WrittenPartition> partitions = PartitionParser.findAll(text).stream()
                .filter(p -> acts.stream().noneMatch(a -> a.span().overlaps(p.span())))
                .toList();
        // Article words before an act ("art. 3 del d.lgs. 33/2013") are the usual form and win
        // over article words after the previous act ("d.lgs. 82/2005, art. 2").
        Set<WrittenPartition> taken = new HashSet<>();
        List<Optional<WrittenPartition>> before = new ArrayList<>();
        for (ActMention act : acts) {
            Optional<WrittenPartition> partition = partitionBefore(text, act, partitions);
            partition.ifPresent(taken::add);
            before.add(partition);
        }
        List<LawReference> references = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            ActMention act = acts.get(i);
            Optional<WrittenPartition> after = Optional.empty();
            if (before.get(i).isEmpty()) {
                after = partitionAfter(text, act, partitions).filter(p -> !taken.contains(p));
                after.ifPresent(taken::add);
            }
            Span span = act.span();
            if (before.get(i).isPresent()) {
                span = new Span(before.get(i).get().addressSpan().start(), closingParenthesis(text, span.end(),
                        text.substring(before.get(i).get().span().end(), span.start())));
            } else if (after.isPresent()) {
                span = new Span(span.start(), closingParenthesis(text, after.get().span().end(),
                        text.substring(span.end(), after.get().span().start())));
            }
            Optional<WrittenPartition> partition = before.get(i).isPresent() ? before.get(i) : after;
            if (act.needsPartition() && partition.isEmpty()) {
                continue;
            }
            references.add(reference(act, span, partition));
        }
        return references;
    }

    private static LawReference reference(ActMention mention, Span span, Optional<WrittenPartition> written) {
        if (mention.problem().isPresent()) {
            return new LawReference.Malformed(span, mention.type(), mention.problem().get());
        }
        if (mention.act().isEmpty()) {
            return new LawReference.Unidentified(span, mention.type());
        }
        LawAct act = mention.act().get();
        Optional<LawPartition> partition = written.flatMap(LawReferenceRecogniser::singleArticle);
        return new LawReference.Linked(span, act, partition, LawLinks.url(act, partition));
    }

    /**
     * A link can point at one article only: "artt. 3 e 4 della legge" links the whole act,
     * "art. 2, comma 2, lettere a) e b)" links comma 2 of article 2.
     */
    private static Optional<LawPartition> singleArticle(WrittenPartition written) {
        if (written.addresses().isEmpty()) {
            return Optional.empty();
        }
        WrittenPartition.Address first = written.addresses().get(0);
        if (first.article().isEmpty()) {
            return Optional.empty();
        }
        boolean oneArticle = written.addresses().stream().allMatch(a -> a.article().equals(first.article()));
        if (!oneArticle) {
            return Optional.empty();
        }
        boolean oneComma = written.addresses().stream().allMatch(a -> a.comma().equals(first.comma()));
        if (written.addresses().size() == 1) {
            return Optional.of(new LawPartition(first.article().get(), first.comma(),
                    first.point().filter(p -> p.kind() == PointLabel.Kind.LETTER).map(PointLabel::label)));
        }
        return Optional.of(new LawPartition(first.article().get(), oneComma ? first.comma() : Optional.empty(),
                Optional.empty()));
    }

    private static Optional<WrittenPartition> partitionBefore(String text, ActMention act,
            List<WrittenPartition> partitions) {
        return partitions.stream()
                .filter(p -> p.span().end() <= act.span().start())
                .filter(p -> fullyMatches(ARTICLE_TO_ACT, text, p.span().end(), act.span().start()))
                .findFirst();
    }

    private static Optional<WrittenPartition> partitionAfter(String text, ActMention act,
            List<WrittenPartition> partitions) {
        return partitions.stream()
                .filter(p -> p.span().start() >= act.span().end())
                .filter(p -> p.direction() == Direction.NONE && p.namesArticles())
                .filter(p -> fullyMatches(ACT_TO_ARTICLE, text, act.span().end(), p.span().start()))
                .filter(p -> !startsWith(OF_SOMETHING_ELSE, text, p.span().end()))
                .findFirst();
    }

    /** "art. 71 (CAD)": the reference ends after the parenthesis its joining words opened. */
    private static int closingParenthesis(String text, int end, String joining) {
        if (!joining.contains("(")) {
            return end;
        }
        Matcher close = CLOSING_PARENTHESIS.matcher(text).region(end, text.length());
        return close.lookingAt() ? close.end() : end;
    }

    private static boolean fullyMatches(Pattern pattern, String text, int start, int end) {
        return pattern.matcher(text).region(start, end).matches();
    }

    private static boolean startsWith(Pattern pattern, String text, int start) {
        return pattern.matcher(text).region(start, text.length()).lookingAt();
    }

    private List<ActMention> findActs(String text) {
        List<ActMention> mentions = new ArrayList<>();
        Matcher m = ACT_SEARCH.matcher(text);
        int from = 0;
        while (from < text.length() && ACT_SEARCH.find(m, text, from)) {
            Optional<ActMention> mention = mention(text, m)
                    .filter(found -> m.group("named") == null || !restates(text, mentions, found));
            if (mention.isPresent()) {
                mentions.add(mention.get());
                from = m.end();
                if (m.group("italianType") != null && PLURAL_TYPE.matcher(m.group("italianType").strip()).matches()) {
                    from = nextOfSameType(text, from, mention.get().type(), mentions);
                }
            } else {
                from = m.start() + 1;
            }
        }
        return mentions;
    }

    /**
     * "D.Lgs. n. 33/2013 (Decreto Trasparenza)", "… di seguito denominato Decreto Trasparenza":
     * the name given to the act just cited is no second reference.
     */
    private static boolean restates(String text, List<ActMention> before, ActMention named) {
        if (before.isEmpty()) {
            return false;
        }
        ActMention previous = before.get(before.size() - 1);
        boolean sameAct = previous.act().isPresent() && named.act().isPresent()
                && sameAct(previous.act().get(), named.act().get());
        return sameAct && fullyMatches(NAMING, text, previous.span().end(), named.span().start());
    }

    private static boolean sameAct(LawAct a, LawAct b) {
        return a.authority().equals(b.authority()) && a.type() == b.type() && a.number().equals(b.number())
                && a.year() == b.year();
    }

    /** "leggi 248/2000 e 128/04": each number after the first is an act too. Returns where they end. */
    private int nextOfSameType(String text, int from, ActType type, List<ActMention> mentions) {
        Matcher next = NEXT_OF_SAME_TYPE.matcher(text);
        int at = from;
        while (next.region(at, text.length()).lookingAt()) {
            mentions.add(checked(new Span(next.start("number"), next.end()), type, next.group("number"),
                    fullYear(next.group("slashYear")), Optional.empty()));
            at = next.end();
        }
        return at;
    }

    private Optional<ActMention> mention(String text, Matcher m) {
        Span span = new Span(m.start(), m.end());
        if (m.group("italianType") != null) {
            return Optional.of(italianAct(m, span));
        }
        if (m.group("euType") != null) {
            return europeanAct(m, span);
        }
        if (m.group("named") != null) {
            return known.named(m.group("named"), today).map(k -> {
                ActMention named = ActMention.identified(span, k.act());
                return k.needsArticle() ? named.needingPartition() : named;
            });
        }
        if (m.group("constitution") != null) {
            ActMention constitution = ActMention.identified(span, LawAct.CONSTITUTION);
            boolean standsAlone = m.group("constitution").equals("Costituzione")
                    && !startsWith(FORMATION_OF, text, m.end());
            return Optional.of(standsAlone ? constitution : constitution.needingPartition());
        }
        return Optional.of(ActMention.identified(span, GDPR));
    }

    private ActMention italianAct(Matcher m, Span span) {
        ActType type = ActType.ofSpelling(m.group("italianType")).orElseThrow();
        if (m.group("missingNumber") != null) {
            return ActMention.malformed(span, type, MalformedReason.MISSING_NUMBER);
        }
        String number = firstPresent(m, "dateFirstNumber", "number");
        if (m.group("slashYear") != null) {
            return checked(span, type, number, fullYear(m.group("slashYear")), Optional.empty());
        }
        if (m.group("ofBareYear") != null) {
            return checked(span, type, number, Integer.parseInt(m.group("ofBareYear")), Optional.empty());
        }
        int day = Integer.parseInt(firstPresent(m, "dateFirstDay", "dateFirstNumericDay", "ofDay", "ofNumericDay"));
        int month = monthNumber(firstPresent(m, "dateFirstMonth", "dateFirstNumericMonth", "ofMonth",
                "ofNumericMonth"));
        int year = Integer.parseInt(firstPresent(m, "dateFirstYear", "dateFirstNumericYear", "ofYear",
                "ofNumericYear"));
        try {
            return checked(span, type, number, year, Optional.of(LocalDate.of(year, month, day)));
        } catch (DateTimeException noSuchDay) {
            return ActMention.malformed(span, type, MalformedReason.IMPOSSIBLE_DATE);
        }
    }

    /**
     * EU numbers come in three styles: "2016/679" (year/number, every act since 2015),
     * "95/46/CE" (year/number, directives and decisions before 2015) and "n. 45/2001"
     * (number/year, regulations before 2015, some decisions).
     */
    private Optional<ActMention> europeanAct(Matcher m, Span span) {
        boolean european = m.group("euMarker") != null || m.group("euSuffix") != null
                || EUROPEAN_QUALIFIER.matcher(m.group("euQualifiers")).find();
        if (!european) {
            return Optional.empty();
        }
        ActType type = ActType.ofSpelling(m.group("euType")).orElseThrow();
        String first = m.group("euFirst");
        String second = m.group("euSecond");
        boolean yearFirst;
        if (type == ActType.EU_REGULATION) {
            boolean beforeLisbon = m.group("euMarker") != null && !UNION_MARKER.matcher(m.group("euMarker")).find();
            yearFirst = first.length() == 4 && !beforeLisbon
                    && isBetween(first, FIRST_YEAR_OF_UNIFIED_EU_NUMBERING, today.getYear());
        } else {
            yearFirst = isPlausibleYear(first) && !(first.length() != 4 && second.length() == 4 && isPlausibleYear(second));
        }
        if (!isWrittenYear(yearFirst ? first : second)) {
            yearFirst = !yearFirst;
        }
        String year = yearFirst ? first : second;
        if (!isWrittenYear(year)) {
            return Optional.empty();
        }
        return Optional.of(checked(span, type, yearFirst ? second : first, fullYear(year), Optional.empty()));
    }

    private ActMention checked(Span span, ActType type, String numberText, int year, Optional<LocalDate> date) {
        int number = Integer.parseInt(numberText);
        int firstYear = type.isEuropean() ? FIRST_EU_YEAR : FIRST_ITALIAN_YEAR;
        if (number == 0) {
            return ActMention.malformed(span, type, MalformedReason.ZERO_NUMBER);
        }
        if (year < firstYear) {
            return ActMention.malformed(span, type, MalformedReason.YEAR_TOO_EARLY);
        }
        if (year > today.getYear() || date.filter(d -> d.isAfter(today)).isPresent()) {
            return ActMention.malformed(span, type, MalformedReason.IN_THE_FUTURE);
        }
        if (type == DECRETO_MINISTERIALE) {
            // A decree's URN names its ministry, which only the table knows.
            return known.numbered(type, number, year).map(KnownActs.KnownAct::act)
                    .filter(k -> date.isEmpty() || k.date().equals(date))
                    .map(k -> ActMention.identified(span, k))
                    .orElseGet(() -> ActMention.unidentified(span, type));
        }
        Optional<String> authority = authority(type);
        if (authority.isEmpty()) {
            return ActMention.unidentified(span, type);
        }
        LawAct act = new LawAct(authority.get(), type, OptionalInt.of(number), year, date);
        return ActMention.identified(span, date.isPresent() ? act
                : known.of(act).flatMap(k -> k.act().date()).map(act::on).orElse(act));
    }

    /** Who issues acts of this type: the State, or the comune's region when it is known. */
    private Optional<String> authority(ActType type) {
        return type.jurisdiction() == ActType.Jurisdiction.REGION ? region.map(r -> "regione." + r)
                : Optional.of(LawAct.STATE);
    }

    /** "90" is 1990 and "20" is 2020 when this is 2026: the century that puts the year not after today. */
    private int fullYear(String written) {
        int value = Integer.parseInt(written);
        if (written.length() != 2) {
            return value;
        }
        int centuryStart = today.getYear() - today.getYear() % 100;
        return value > today.getYear() % 100 ? centuryStart - 100 + value : centuryStart + value;
    }

    private static boolean isWrittenYear(String digits) {
        return digits.length() == 2 || digits.length() == 4;
    }

    /** Two digits, or four within the years EU acts can have. */
    private boolean isPlausibleYear(String digits) {
        return digits.length() == 2 || digits.length() == 4 && isBetween(digits, FIRST_EU_YEAR, today.getYear());
    }

    private static boolean isBetween(String digits, int min, int max) {
        int value = Integer.parseInt(digits);
        return value >= min && value <= max;
    }

    private static int monthNumber(String written) {
        int named = MONTHS.indexOf(written.toLowerCase(Locale.ROOT));
        return named >= 0 ? named + 1 : Integer.parseInt(written);
    }

    private static String spellings(ActType... types) {
        return Stream.of(types).map(ActType::aliasRegex).collect(Collectors.joining("|"));
    }

    private static String firstPresent(Matcher m, String... groups) {
        for (String group : groups) {
            if (m.group(group) != null) {
                return m.group(group);
            }
        }
        throw new IllegalStateException("none of the groups matched: " + String.join(", ", groups));
    }
}
