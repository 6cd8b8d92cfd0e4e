package it.policydoc.render.diff;

import it.policydoc.history.Comparison;
import it.policydoc.history.UnitNode;
import it.policydoc.history.WordDiff;
import it.policydoc.model.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link Comparison} into the view the testo a fronte templates draw. */
public final class SideBySideViewBuilder {

    /**
     * @param policy the newer of the two texts (for the comune and the title)
     * @param heading what the comparison is for, e.g. "Testo a fronte della proposta di modifica"
     * @param proposal whether the right side is a proposal not yet approved
     */
    public SideBySideView build(Policy policy, Comparison comparison, String heading, String oldHeading,
            String newHeading, boolean proposal, String titlePlain) {
        List<SideBySideView.RowView> rows = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            rows.add(row(row));
        }
        return new SideBySideView("Comune di " + policy.comune().name(),
                "Provincia di " + policy.comune().province(), titlePlain, heading, oldHeading, newHeading, proposal,
                summary(comparison), rows);
    }

    /**
     * Where one change happened to a unit: how the text cites it, and for a moved unit where it was.
     */
    public record Place(String address, Optional<String> movedFrom) {
    }

    /**
     * One kind of change to one kind of unit and where each happened, in reading order.
     *
     * @param noun the unit's Italian noun: "articolo", "comma", "punto", "sezione", "paragrafo"
     */
    public record ChangeGroup(String noun, Comparison.Change change, List<Place> places) {

        public ChangeGroup {
            places = List.copyOf(places);
        }
    }

    /** The changes grouped by kind of unit and of change, for the summary in any language. */
    public static List<ChangeGroup> groups(Comparison comparison) {
        Map<String, List<Place>> groups = new LinkedHashMap<>();
        for (Comparison.Row row : comparison.changes()) {
            if (row.kind() == UnitNode.Kind.PARAGRAPH && row.oldAddress().or(row::newAddress).isEmpty()) {
                continue;
            }
            if (row.change() == Comparison.Change.MOVED && row.movedFrom().isEmpty()) {
                // Where a unit moved away from: counted once, where it went.
                continue;
            }
            String key = noun(row.kind()) + "|" + row.change().name();
            String where = row.newAddress().or(row::oldAddress).orElse(noun(row.kind()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Place(where,
                    row.change() == Comparison.Change.MOVED ? row.movedFrom() : Optional.empty()));
        }
        List<ChangeGroup> out = new ArrayList<>();
        groups.forEach((key, places) -> {
            String[] parts = key.split("\\|");
            out.add(new ChangeGroup(parts[0], Comparison.Change.valueOf(parts[1]), places));
        });
        return out;
    }

    /** "1 articolo inserito: art. 2-bis", one line per kind of unit and change, in reading order. */
    public static List<String> summary(Comparison comparison) {
        return groups(comparison).stream()
                .map(g -> count(g.places().size(), g.noun(), g.change()) + ": " + String.join("; ", g.places().stream()
                        .map(p -> p.address() + p.movedFrom().map(f -> " (era " + f + ")").orElse("")).toList()))
                .toList();
    }

    private static String count(int n, String noun, Comparison.Change change) {
        boolean feminine = noun.equals("sezione");
        String nouns = switch (noun) {
            case "articolo" -> "articoli";
            case "comma" -> "commi";
            case "punto" -> "punti";
            case "sezione" -> "sezioni";
            default -> "paragrafi";
        };
        String verb = change.italian();
        String ending = verb.substring(0, verb.length() - 1) + (n == 1 ? (feminine ? "a" : "o") : (feminine ? "e" : "i"));
        return n + " " + (n == 1 ? noun : nouns) + " " + ending;
    }

    private static String noun(UnitNode.Kind kind) {
        return switch (kind) {
            case ARTICLE -> "articolo";
            case COMMA -> "comma";
            case POINT -> "punto";
            case SECTION -> "sezione";
            default -> "paragrafo";
        };
    }

    private static SideBySideView.RowView row(Comparison.Row row) {
        boolean heading = row.kind() == UnitNode.Kind.ARTICLE || row.kind() == UnitNode.Kind.SECTION;
        String oldNote = null;
        String newNote = null;
        List<WordDiff.Segment> oldWords = row.oldWords();
        List<WordDiff.Segment> newWords = row.newWords();
        switch (row.change()) {
            case INSERTED -> oldNote = "(nuovo)";
            case REMOVED -> newNote = "(abrogato)";
            case MOVED -> {
                if (row.movedFrom().isEmpty()) {
                    newNote = "(spostato: ora " + row.newAddress().orElse("altrove") + ")";
                    newWords = List.of();
                } else {
                    oldNote = "(spostato: era " + row.movedFrom().orElse("altrove") + ")";
                    oldWords = List.of();
                }
            }
            default -> { }
        }
        return new SideBySideView.RowView(row.depth(), row.change().italian(), heading,
                label(row.kind(), row.oldLabel()), label(row.kind(), row.newLabel()),
                words(oldWords), words(newWords), oldNote, newNote);
    }

    private static List<SideBySideView.WordsView> words(List<WordDiff.Segment> segments) {
        return segments.stream()
                .map(s -> new SideBySideView.WordsView(s.kind().name().toLowerCase(Locale.ROOT), s.text()))
                .toList();
    }

    /** "Art. 4-bis", "3-bis.", "b)", "2."; none for sections and paragraphs. */
    private static String label(UnitNode.Kind kind, Optional<String> label) {
        if (label.isEmpty()) {
            return null;
        }
        String l = label.get();
        return switch (kind) {
            case ARTICLE -> "Art. " + l;
            case COMMA -> l + ".";
            case POINT -> Character.isLetter(l.charAt(0)) ? l + ")" : l + ".";
            default -> null;
        };
    }
}
