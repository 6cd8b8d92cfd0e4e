package it.policydoc.importing.structure;

import it.policydoc.importing.source.DropReason;
import it.policydoc.importing.source.DroppedLine;
import it.policydoc.importing.source.SourceBlock;
import it.policydoc.importing.source.SourceDocument;
import it.policydoc.model.Act;
import it.policydoc.model.PolicyMetadata;
import it.policydoc.model.PolicyStatus;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the blocks of a foreign file into a policy: first the lines that are not text (indexes,
 * letterhead, title, approval sentence, last-modified date) are taken out, then the body is
 * read by {@link BodyReader}. Nothing is reworded: every word of the source is either in the
 * policy or in the list of dropped lines.
 */
public final class StructureDetector {

    private static final Pattern ENTE = Pattern.compile(
            "(?i)^(comune|citt[àa]\\s+metropolitana|provincia|unione\\s+(?:dei|di)\\s+comuni|regione)\\s+(?:di|del|della|dell['’])\\s*"
                    + "([^()]{2,60}?)\\s*(?:\\((.{2,60})\\))?\\s*$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?i)\\b(regolamento|policy|linee\\s+guida|disciplinare|codice|piano|carta|statuto|norme|disciplina|direttiva|protocollo|vademecum)\\b");
    private static final Pattern ENTE_IN_TITLE = Pattern.compile(
            "(?i)\\b(?:comune|citt[àa]\\s+metropolitana)\\s+di\\s+(\\p{Lu}[\\p{L}'’ ]{1,40}?)\\s*(?:[.,;:()]|$)");
    private static final Pattern PROVINCE_CODE = Pattern.compile("^[A-Z]{2}$");
    private static final int MAX_TITLE = 300;

    /** A line of the source with the text its reader sees and whether it is still part of the text. */
    record Line(SourceBlock block, String text) {
    }

    private final Path sourceFile;

    public StructureDetector(Path sourceFile) {
        this.sourceFile = sourceFile;
    }

    public DetectedPolicy detect(SourceDocument document) {
        List<DroppedLine> dropped = new ArrayList<>(document.dropped());
        List<Line> lines = new ArrayList<>();
        for (SourceBlock b : document.blocks()) {
            String text = b.visibleText().replace('\t', ' ').replace('\u00A0', ' ').strip();
            if (!text.isEmpty()) {
                lines.add(new Line(b, text));
            }
        }
        lines = IndexFinder.withoutIndexes(lines, dropped);

        Optional<String> ente = Optional.empty();
        Optional<String> province = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<LocalDate> lastModified = Optional.empty();
        List<Act> acts = new ArrayList<>();
        List<Line> preamble = new ArrayList<>();
        int bodyStart = BodyReader.firstStrongHeading(lines);
        int i = 0;
        for (; i < lines.size() && i < bodyStart; i++) {
            Line line = lines.get(i);
            String text = line.text();
            SourcePos pos = pos(line.block());
            Matcher enteLine = ENTE.matcher(text);
            Optional<Act> act = ApprovalSentence.act(text, pos);
            Optional<LocalDate> modified = ApprovalSentence.lastModified(text);
            if (ente.isEmpty() && enteLine.matches() && title.isEmpty()) {
                ente = Optional.of(capitalised(enteLine.group(2)));
                province = Optional.ofNullable(enteLine.group(3)).map(StructureDetector::provinceName);
                dropped.add(new DroppedLine(text, DropReason.LETTERHEAD, line.block().place()));
            } else if (act.isPresent()) {
                acts.add(act.get());
                dropped.add(new DroppedLine(text, DropReason.APPROVAL, line.block().place()));
            } else if (modified.isPresent() && lastModified.isEmpty()) {
                lastModified = modified;
                dropped.add(new DroppedLine(text, DropReason.LAST_MODIFIED, line.block().place()));
            } else if (title.isEmpty() && preamble.isEmpty() && looksLikeTitle(line)) {
                title = Optional.of(text);
                dropped.add(new DroppedLine(text, DropReason.TITLE, line.block().place()));
                if (bodyStart == Integer.MAX_VALUE || bodyStart >= lines.size()) {
                    bodyStart = BodyReader.firstWeakHeading(lines, i + 1, t -> ApprovalSentence.act(t, pos).isPresent()
                            || ApprovalSentence.lastModified(t).isPresent() || ENTE.matcher(t).matches());
                }
            } else {
                preamble.add(line);
            }
        }
        if (ente.isEmpty() && title.isPresent()) {
            Matcher named = ENTE_IN_TITLE.matcher(title.get());
            if (named.find()) {
                ente = Optional.of(capitalised(named.group(1)));
            }
        }
        BodyReader body = new BodyReader(sourceFile, document.markdown());
        body.read(lines.subList(Math.min(i, lines.size()), lines.size()));
        boolean approved = acts.stream().anyMatch(a -> a.role() == it.policydoc.model.ActRole.ADOPTION
                && a.number().isPresent() && a.date().isPresent());
        Text titleText = new Text(MarkdownText.of(title.orElseGet(this::fileTitle)), SourcePos.start(sourceFile));
        PolicyMetadata metadata = new PolicyMetadata(titleText, Optional.empty(),
                approved ? PolicyStatus.APPROVED : PolicyStatus.DRAFT, lastModified, acts, List.of());
        return new DetectedPolicy(metadata, body.paragraphs(preamble), body.content(), ente, province, dropped);
    }

    private boolean looksLikeTitle(Line line) {
        String text = line.text();
        if (text.length() > MAX_TITLE) {
            return false;
        }
        return line.block().headingLevel() > 0 || TITLE_WORDS.matcher(text).find()
                || text.equals(text.toUpperCase(Locale.ITALIAN)) && text.length() > 3
                || !LinePatterns.endsSentence(text) && text.length() < 120;
    }

    /** With no title in the text, the file's name says what it is. */
    private String fileTitle() {
        String name = sourceFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
    }

    private SourcePos pos(SourceBlock block) {
        return new SourcePos(sourceFile, Math.max(1, block.place().line()), 1);
    }

    /** "COCCAGLIO" → "Coccaglio", "PORTO SANT'ELPIDIO" → "Porto Sant'Elpidio"; mixed case stays. */
    static String capitalised(String name) {
        String n = name.strip();
        if (!n.equals(n.toUpperCase(Locale.ITALIAN))) {
            return n;
        }
        StringBuilder s = new StringBuilder();
        boolean start = true;
        for (char c : n.toLowerCase(Locale.ITALIAN).toCharArray()) {
            s.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '\'' || c == '’' || c == '-';
        }
        return s.toString();
    }

    /** "(PA)", "(Città Metropolitana di Palermo)", "(provincia di Brescia)": the province's name or code. */
    private static String provinceName(String inParentheses) {
        String p = inParentheses.strip();
        Matcher named = Pattern.compile("(?i)^(?:provincia|citt[àa]\\s+metropolitana)\\s+di\\s+(.+)$").matcher(p);
        if (named.matches()) {
            return capitalised(named.group(1));
        }
        return PROVINCE_CODE.matcher(p).matches() ? p : capitalised(p);
    }
}
