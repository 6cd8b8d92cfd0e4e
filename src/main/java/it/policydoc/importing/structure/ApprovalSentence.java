package it.policydoc.importing.structure;

import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.SourcePos;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentence that says which act approved or amended the text, in its many wordings:
 * "Approvato con deliberazione del Consiglio Comunale n. 24 del 15/7/2022", "approvato con
 * D.G.C. n°55 del 29.07.2021", "Con deliberazione Giunta Comunale n. 260 del 15/12/2022 è stato
 * approvato il …", "Modificato con …", dates in figures or in words.
 */
final class ApprovalSentence {

    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(approvat[oaie]|adottat[oaie]|modificat[oaie]|integrat[oaie]|emanat[oaie]|deliberazione|delibera|d\\.?\\s?[gc]\\.?\\s?[cm]\\.?)");
    private static final Pattern AMENDED = Pattern.compile("(?i)\\b(modificat|integrat|aggiornat)");
    private static final Pattern NUMBER = Pattern.compile("(?i)\\b(?:n\\s*[.°º]\\s*|n\\s+|nr\\.?\\s*|numero\\s+)(\\d{1,5}(?:/\\d{2,4})?)");
    private static final Pattern DATE_FIGURES = Pattern.compile("\\b(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{2,4})\\b");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:°|º)?\\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("gennaio", 1), Map.entry("febbraio", 2),
            Map.entry("marzo", 3), Map.entry("aprile", 4), Map.entry("maggio", 5), Map.entry("giugno", 6),
            Map.entry("luglio", 7), Map.entry("agosto", 8), Map.entry("settembre", 9), Map.entry("ottobre", 10),
            Map.entry("novembre", 11), Map.entry("dicembre", 12));
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\b(?:è stat[oa]|sono stat[ie])\\s+approvat[oaie]\\s+(?:il|la|lo|l’|l'|i|gli|le)?\\s*(.+?)\\.?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?i)\\bdel(?:l['’]anno)?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern LAST_MODIFIED = Pattern.compile(
            "(?i)^(?:ultima\\s+modifica|ultimo\\s+aggiornamento|aggiornat[oa]\\s+al)\\s*:?\\s*(.+?)\\.?$");

    private ApprovalSentence() {
    }

    /** The act a line names, when the line is an approval or amendment sentence with a number or date. */
    static Optional<Act> act(String line, SourcePos pos) {
        if (line.length() > 400 || !VERB.matcher(line).find()) {
            return Optional.empty();
        }
        Optional<String> organ = organ(line);
        Matcher number = NUMBER.matcher(line);
        Optional<String> n = number.find() ? Optional.of(number.group(1)) : Optional.empty();
        Optional<LocalDate> date = date(line);
        boolean approvalWords = line.toLowerCase(Locale.ROOT).matches("(?s).*\\b(approvat|adottat|modificat|integrat|emanat|con deliberazione|con delibera).*");
        if (organ.isEmpty() || n.isEmpty() && date.isEmpty() || !approvalWords) {
            return Optional.empty();
        }
        ActRole role = AMENDED.matcher(line).find() && !line.toLowerCase(Locale.ROOT).contains("approvat")
                ? ActRole.AMENDMENT : ActRole.ADOPTION;
        Matcher subject = SUBJECT.matcher(line);
        Optional<String> oggetto = subject.find() ? Optional.of(subject.group(1).strip()) : Optional.empty();
        Matcher year = YEAR_ONLY.matcher(line);
        Optional<Integer> onlyYear = date.isEmpty() && year.find() ? Optional.of(Integer.parseInt(year.group(1)))
                : Optional.empty();
        return Optional.of(new Act(role, "deliberazione", organ.get(), n, date, oggetto, pos, onlyYear,
                Act.DEFAULT_ANNEX));
    }

    /** The date of "Ultima modifica 29 dicembre 2022" and its variants. */
    static Optional<LocalDate> lastModified(String line) {
        Matcher m = LAST_MODIFIED.matcher(line.strip());
        return m.matches() ? date(m.group(1)) : Optional.empty();
    }

    private static Optional<String> organ(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        if (l.matches("(?s).*\\bd\\.?\\s?g\\.?\\s?c\\b.*") || l.contains("giunta comunale") || l.matches("(?s).*\\bg\\.\\s?c\\..*")) {
            return Optional.of("Giunta Comunale");
        }
        if (l.matches("(?s).*\\bd\\.?\\s?c\\.?\\s?c\\b.*") || l.contains("consiglio comunale") || l.matches("(?s).*\\bc\\.\\s?c\\..*")) {
            return Optional.of("Consiglio Comunale");
        }
        if (l.contains("consiglio metropolitano")) {
            return Optional.of("Consiglio Metropolitano");
        }
        if (l.contains("consiglio provinciale")) {
            return Optional.of("Consiglio Provinciale");
        }
        if (l.contains("giunta municipale") || l.matches("(?s).*\\bg\\.\\s?m\\..*")) {
            return Optional.of("Giunta Municipale");
        }
        if (l.contains("giunta")) {
            return Optional.of("Giunta Comunale");
        }
        if (l.contains("consiglio")) {
            return Optional.of("Consiglio Comunale");
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        Matcher words = DATE_WORDS.matcher(text);
        if (words.find()) {
            return of(Integer.parseInt(words.group(3)), MONTHS.get(words.group(2).toLowerCase(Locale.ROOT)),
                    Integer.parseInt(words.group(1)));
        }
        Matcher figures = DATE_FIGURES.matcher(text);
        if (figures.find()) {
            int year = Integer.parseInt(figures.group(3));
            if (figures.group(3).length() == 2) {
                year += year > 50 ? 1900 : 2000;
            } else if (figures.group(3).length() == 3) {
                return Optional.empty();
            }
            return of(year, Integer.parseInt(figures.group(2)), Integer.parseInt(figures.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
