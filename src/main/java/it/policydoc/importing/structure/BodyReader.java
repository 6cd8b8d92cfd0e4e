package it.policydoc.importing.structure;

import it.policydoc.importing.structure.Drafts.ArticleDraft;
import it.policydoc.importing.structure.Drafts.CommaDraft;
import it.policydoc.importing.structure.Drafts.ListDraft;
import it.policydoc.importing.structure.Drafts.PointDraft;
import it.policydoc.importing.structure.Drafts.SectionDraft;
import it.policydoc.importing.structure.Drafts.TextDraft;
import it.policydoc.importing.structure.StructureDetector.Line;
import it.policydoc.model.Article;
import it.policydoc.model.Audience;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.ListStyle;
import it.policydoc.model.Numbering;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Section;
import it.policydoc.model.SectionLevel;
import it.policydoc.model.SectionNumber;
import it.policydoc.model.Numerals;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the body of a text line by line, as a clerk would: headings open sections and articles,
 * "1." opens a comma, "a)" "1)" "•" "-" open points (nested under the point they follow when
 * their marks say so), a line that does not end a sentence and is followed by one that opens
 * nothing is the same paragraph broken in two. Then freezes the drafts into the model, with
 * numbers and anchors as the YAML loader gives them.
 */
final class BodyReader {

    /** Headings that are never titles of articles: long sentences. */
    private static final int MAX_HEADING = 160;
    private static final int MAX_WEAK_HEADING = 100;

    private final Path sourceFile;
    private final boolean markdown;
    private final List<Object> top = new ArrayList<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private ArticleDraft article;
    private CommaDraft comma;
    /** The list new points join, if the last thing read was a point. */
    private ListDraft list;
    /** The text the next line may continue. */
    private TextDraft last;
    private boolean chapterMode;
    private final IdMaker ids = new IdMaker();

    BodyReader(Path sourceFile, boolean markdown) {
        this.sourceFile = sourceFile;
        this.markdown = markdown;
    }

    /** The first article or titolo/capo/sezione heading, or numbered chapter of a text without articles. */
    static int firstStrongHeading(List<Line> lines) {
        boolean articles = lines.stream().anyMatch(l -> isArticle(l.text()));
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (isArticle(t) || isSection(t) || !articles && chapters(lines) && isChapter(t)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** In a text without articles or capi: the first heading after the title. */
    static int firstWeakHeading(List<Line> lines, int from, java.util.function.Predicate<String> metadata) {
        for (int i = from; i < lines.size(); i++) {
            if (!metadata.test(lines.get(i).text()) && isWeakHeading(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isArticle(String t) {
        Matcher m = LinePatterns.ARTICLE.matcher(t);
        if (LinePatterns.SINGLE_ARTICLE.matcher(t).matches()) {
            return t.length() < MAX_HEADING;
        }
        return m.matches() && t.length() < MAX_HEADING && !m.group(3).matches("(?i)^(?:(?:del|della|dello|dei|delle|degli|di|comma)\\b|c\\.|,).*");
    }

    private static boolean isSection(String t) {
        return LinePatterns.SECTION.matcher(t).matches() && t.length() < MAX_HEADING && !LinePatterns.endsSentence(t.replaceAll("\\.$", ""));
    }

    private static boolean isChapter(String t) {
        return LinePatterns.CHAPTER.matcher(t).matches();
    }

    /** Whether the text is organised in numbered chapters: at least three top-level ones, in order. */
    private static boolean chapters(List<Line> lines) {
        int expected = 1;
        for (Line l : lines) {
            Matcher m = LinePatterns.CHAPTER.matcher(l.text());
            if (m.matches() && m.group(2) == null && Integer.parseInt(m.group(1)) == expected) {
                expected++;
            }
        }
        return expected > 3;
    }

    private static boolean isWeakHeading(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = line.text();
        if (line.block().headingLevel() > 0) {
            return true;
        }
        boolean previousEnded = i == 0 || LinePatterns.endsSentence(lines.get(i - 1).text()) || isWeakShape(lines.get(i - 1).text());
        return isWeakShape(t) && previousEnded && i + 1 < lines.size() && !isWeakShape(lines.get(i + 1).text());
    }

    private static boolean isWeakShape(String t) {
        return t.length() <= MAX_WEAK_HEADING && !LinePatterns.endsSentence(t) && !startsItem(t)
                && !t.contains(" | ") && Character.isLetter(t.codePointAt(0)) && !Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean startsItem(String t) {
        return LinePatterns.NUMBERED.matcher(t).matches() || LinePatterns.LETTERED.matcher(t).matches()
                || LinePatterns.BULLET.matcher(t).matches();
    }

    void read(List<Line> lines) {
        boolean articles = lines.stream().anyMatch(l -> isArticle(l.text()));
        chapterMode = !articles && chapters(lines);
        boolean sectionsOnly = !articles && !chapterMode && lines.stream().noneMatch(l -> isSection(l.text()));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            SourcePos pos = pos(line);
            if (isArticle(t)) {
                i = article(lines, i, pos);
            } else if (isSection(t)) {
                section(t, pos);
            } else if (chapterMode && isChapter(t)) {
                chapter(t, pos);
            } else if (sectionsOnly && isWeakHeading(lines, i)) {
                weakSection(t, pos);
            } else {
                text(line, t, pos);
            }
        }
    }

    private int article(List<Line> lines, int i, SourcePos pos) {
        String t = lines.get(i).text();
        Matcher single = LinePatterns.SINGLE_ARTICLE.matcher(t);
        Matcher m = LinePatterns.ARTICLE.matcher(t);
        String title = single.matches() ? single.group(1) : m.matches() ? m.group(3) : "";
        int next = i;
        if (title.isBlank() && i + 1 < lines.size()) {
            String candidate = lines.get(i + 1).text();
            if (candidate.length() <= MAX_HEADING && !startsItem(candidate) && !isArticle(candidate)
                    && !isSection(candidate) && !LinePatterns.endsSentence(candidate.replaceAll("\\.$", ""))) {
                title = candidate;
                next = i + 1;
            }
        }
        openArticle(title.isBlank() ? t : title.strip(), pos);
        return next;
    }

    private void openArticle(String title, SourcePos pos) {
        article = new ArticleDraft(new TextDraft(title, pos));
        container().add(article);
        comma = null;
        list = null;
        last = null;
    }

    /**
     * "CAPO II - Accesso documentale" becomes a capo titled "Accesso documentale", numbered by
     * the model (in the source's numerals); a heading with no words after its number stays a
     * plain section with the heading as its title.
     */
    private void section(String t, SourcePos pos) {
        Matcher m = LinePatterns.SECTION.matcher(t);
        m.matches();
        SectionLevel level = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "titolo" -> SectionLevel.TITOLO;
            case "capo" -> SectionLevel.CAPO;
            default -> SectionLevel.SEZIONE;
        };
        String title = m.group(3).strip();
        int rank = level.ordinal() + 1;
        if (title.isEmpty()) {
            openSection(new SectionDraft(new TextDraft(t, pos), rank, Optional.empty(), Optional.empty()));
            return;
        }
        Numerals numerals = m.group(2).chars().allMatch(Character::isDigit) ? Numerals.ARABIC : Numerals.ROMAN;
        openSection(new SectionDraft(new TextDraft(title, pos), rank, Optional.of(level),
                numerals == level.defaultNumerals() ? Optional.empty() : Optional.of(numerals)));
    }

    /** A heading of a text without articles or capi: a plain section at the top. */
    private void weakSection(String t, SourcePos pos) {
        openSection(new SectionDraft(new TextDraft(t, pos), 1, Optional.empty(), Optional.empty()));
    }

    private void openSection(SectionDraft section) {
        while (!sections.isEmpty() && sections.get(sections.size() - 1).rank >= section.rank) {
            sections.remove(sections.size() - 1);
        }
        container().add(section);
        sections.add(section);
        article = null;
        comma = null;
        list = null;
        last = null;
    }

    /** "4 L'Hardware" opens an article; "4.1 Il Personal Computer" is a heading inside it, kept as a paragraph. */
    private void chapter(String t, SourcePos pos) {
        Matcher m = LinePatterns.CHAPTER.matcher(t);
        m.matches();
        if (m.group(2) == null) {
            openArticle(m.group(3).strip(), pos);
            article.numbered = false;
            article.chapter = true;
        } else {
            newComma(t, pos);
            last = null;
        }
    }

    private List<Object> container() {
        return sections.isEmpty() ? top : sections.get(sections.size() - 1).content;
    }

    private void text(Line line, String t, SourcePos pos) {
        Matcher numbered = LinePatterns.NUMBERED.matcher(t);
        Matcher lettered = LinePatterns.LETTERED.matcher(t);
        Matcher roman = LinePatterns.ROMAN.matcher(t);
        Matcher subNumbered = LinePatterns.SUB_NUMBERED.matcher(t);
        Matcher bullet = LinePatterns.BULLET.matcher(t);
        if (numbered.matches()) {
            number(Integer.parseInt(numbered.group(1)), numbered.group(2), t, pos);
        } else if (lettered.matches() && letterFits(lettered.group(1), line)) {
            letter(lettered.group(1), lettered.group(2), pos);
        } else if (roman.matches() && Character.isUpperCase(roman.group(1).charAt(0)) && list != null && !list.points.isEmpty()
                && LinePatterns.roman(roman.group(1)) > 0) {
            subpoint(ListStyle.NUMBERS, LinePatterns.roman(roman.group(1)), roman.group(2), pos);
        } else if (subNumbered.matches() && list != null && !list.points.isEmpty()) {
            subpoint(ListStyle.NUMBERS, Integer.parseInt(subNumbered.group(1).substring(1)), subNumbered.group(2), pos);
        } else if (bullet.matches()) {
            bulletPoint(bullet.group(1), t, line, pos);
        } else if (last != null && !LinePatterns.endsSentence(last.words.toString())) {
            last.words.append(' ').append(t);
        } else {
            paragraph(t, pos);
        }
    }

    private void number(int n, String words, String whole, SourcePos pos) {
        boolean continuesList = list != null && list.style == ListStyle.NUMBERS && n == list.last().ordinal + 1;
        boolean opensList = n == 1 && last != null && last.words.toString().stripTrailing().endsWith(":");
        if (article != null && article.chapter && !continuesList && !opensList) {
            paragraph(whole, pos);
            return;
        }
        if (article == null || continuesList || opensList) {
            if (continuesList) {
                addPoint(list, words, n, pos);
            } else {
                startList(ListStyle.NUMBERS, words, n, pos);
            }
            return;
        }
        if (comma == null && !article.commi.isEmpty() && !article.numbered) {
            article.numbered = true;
        }
        if (article.commi.isEmpty()) {
            article.numbered = true;
        }
        if (!article.numbered) {
            paragraph(whole, pos);
            return;
        }
        newComma(words, pos);
    }

    private boolean letterFits(String letter, Line line) {
        if (letter.length() != 1) {
            return false;
        }
        char c = letter.charAt(0);
        if (line.block().marker().isPresent()) {
            return true;
        }
        if (list != null && list.style == ListStyle.LETTERS) {
            int expected = list.last().ordinal + 1;
            return c - 'a' + 1 <= expected + 1;
        }
        return c == 'a';
    }

    private void letter(String letter, String words, SourcePos pos) {
        int ordinal = letter.charAt(0) - 'a' + 1;
        if (list != null && list.style == ListStyle.LETTERS && ordinal > 1) {
            addPoint(list, words, ordinal, pos);
        } else if (list != null && list.style != ListStyle.LETTERS && !list.points.isEmpty() && ordinal == 1
                && list.last().text.words.toString().stripTrailing().endsWith(":")) {
            subpoint(ListStyle.LETTERS, ordinal, words, pos);
        } else {
            startList(ListStyle.LETTERS, words, ordinal, pos);
        }
    }

    private void bulletPoint(String words, String whole, Line line, SourcePos pos) {
        boolean nested = line.block().listLevel() > 0 || list != null && !list.points.isEmpty()
                && list.style != ListStyle.BULLETS && list.last().text.words.toString().stripTrailing().endsWith(":");
        if (list != null && list.style == ListStyle.BULLETS && line.block().listLevel() <= 0) {
            addPoint(list, words, list.points.size() + 1, pos);
        } else if (nested && list != null && !list.points.isEmpty()) {
            subpoint(ListStyle.BULLETS, 0, words, pos);
        } else if (list != null && !list.points.isEmpty()) {
            subpoint(ListStyle.BULLETS, 0, words, pos);
        } else {
            startList(ListStyle.BULLETS, words, 1, pos);
        }
    }

    private void subpoint(ListStyle style, int ordinal, String words, SourcePos pos) {
        PointDraft parent = list.last();
        if (parent.sub == null) {
            parent.sub = new ListDraft(style, pos);
        }
        PointDraft point = new PointDraft(new TextDraft(words, pos), ordinal);
        parent.sub.points.add(point);
        last = point.text;
    }

    /** A new list: on the current comma if it has none yet, otherwise a block of its own or a paragraph. */
    private void startList(ListStyle style, String words, int ordinal, SourcePos pos) {
        ListDraft fresh = new ListDraft(style, pos);
        if (article != null) {
            if (comma == null || comma.points != null || !comma.continuation.isEmpty()) {
                if (comma != null && article.numbered) {
                    comma.continuation.add(new TextDraft(marked(style, ordinal, words), pos));
                    last = comma.continuation.get(comma.continuation.size() - 1);
                    list = null;
                    return;
                }
                newComma("", pos);
            }
            comma.points = fresh;
        } else {
            container().add(fresh);
        }
        list = fresh;
        addPoint(fresh, words, ordinal, pos);
    }

    /** A point that cannot be a point of the model here keeps its mark in its words. */
    private static String marked(ListStyle style, int ordinal, String words) {
        return switch (style) {
            case LETTERS -> Numbering.pointLabel(style, Math.max(1, ordinal)) + ") " + words;
            case NUMBERS -> ordinal + ") " + words;
            case BULLETS -> "- " + words;
        };
    }

    private void addPoint(ListDraft target, String words, int ordinal, SourcePos pos) {
        PointDraft point = new PointDraft(new TextDraft(words, pos), ordinal);
        target.points.add(point);
        last = point.text;
    }

    private void newComma(String words, SourcePos pos) {
        comma = new CommaDraft(new TextDraft(words, pos));
        article.commi.add(comma);
        list = null;
        last = comma.text;
    }

    private void paragraph(String t, SourcePos pos) {
        list = null;
        if (article == null) {
            TextDraft p = new TextDraft(t, pos);
            container().add(p);
            last = p;
        } else if (comma != null && article.numbered) {
            TextDraft p = new TextDraft(t, pos);
            comma.continuation.add(p);
            last = p;
        } else if (comma != null && comma.text.words.isEmpty()) {
            comma.text.words.append(t);
            last = comma.text;
        } else {
            newComma(t, pos);
        }
    }

    private SourcePos pos(Line line) {
        return new SourcePos(sourceFile, Math.max(1, line.block().place().line()), 1);
    }

    // ---- freezing the drafts into the model ----

    List<Paragraph> paragraphs(List<Line> lines) {
        List<Paragraph> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(new Paragraph(Optional.empty(), Optional.empty(), text(new TextDraft(l.text(), pos(l))), Audience.ALL,
                    pos(l)));
        }
        return out;
    }

    List<Block> content() {
        Numberer numberer = new Numberer();
        return blocks(top, numberer, "testo", new Numbering.ContainerCounts());
    }

    /** Articles are numbered across the whole text, as the loader does. */
    private static final class Numberer {
        int articles;
    }

    private List<Block> blocks(List<Object> drafts, Numberer numberer, String parentAnchor,
            Numbering.ContainerCounts counts) {
        List<Block> blocks = new ArrayList<>();
        for (Object d : drafts) {
            if (d instanceof SectionDraft s) {
                String id = ids.make(s.heading.words.toString(), "sezione");
                Optional<SectionNumber> number = s.level.map(l -> counts.next(l, s.numerals));
                Numbering.ContainerCounts inner = s.level.map(counts::inside).orElse(counts);
                blocks.add(new Section(id, text(s.heading), Audience.ALL, blocks(s.content, numberer, id, inner),
                        s.heading.pos, number));
            } else if (d instanceof ArticleDraft a) {
                blocks.add(article(a, Numbering.ordinal(numberer.articles++)));
            } else if (d instanceof ListDraft l) {
                blocks.add(list(l, parentAnchor, Optional.empty()));
            } else if (d instanceof TextDraft p) {
                blocks.add(new Paragraph(Optional.empty(), Optional.empty(), text(p), Audience.ALL, p.pos));
            }
        }
        return blocks;
    }

    private Article article(ArticleDraft a, int number) {
        String id = ids.make(a.title.words.toString(), "articolo-" + number);
        List<Comma> commi = new ArrayList<>();
        List<CommaDraft> drafts = new ArrayList<>(a.commi);
        if (drafts.isEmpty()) {
            // An article the source left empty (a heading only) still needs a comma in the model.
            drafts.add(new CommaDraft(new TextDraft("", a.title.pos)));
        }
        for (int i = 0; i < drafts.size(); i++) {
            CommaDraft c = drafts.get(i);
            int n = Numbering.ordinal(i);
            String anchor = Numbering.anchor(Optional.empty(), id, Integer.toString(n));
            Optional<PointList> points = Optional.ofNullable(c.points).map(l -> list(l, anchor, Optional.empty()));
            List<Paragraph> continuation = c.continuation.stream()
                    .map(p -> new Paragraph(Optional.empty(), Optional.empty(), text(p), Audience.ALL, p.pos)).toList();
            commi.add(new Comma(Optional.empty(), anchor, n, text(c.text), Audience.ALL, points, continuation, c.text.pos));
        }
        return new Article(id, number, text(a.title), Audience.ALL, commi, a.title.pos, a.numbered || a.commi.isEmpty());
    }

    private PointList list(ListDraft l, String parentAnchor, Optional<String> id) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < l.points.size(); i++) {
            PointDraft p = l.points.get(i);
            int ordinal = Numbering.ordinal(i);
            String label = Numbering.pointLabel(l.style, ordinal);
            String anchor = Numbering.anchor(Optional.empty(), parentAnchor, label);
            Optional<PointList> sub = Optional.ofNullable(p.sub).map(s -> list(s, anchor, Optional.empty()));
            points.add(new Point(Optional.empty(), anchor, ordinal, label, Optional.empty(), text(p.text), Audience.ALL,
                    sub, p.text.pos));
        }
        return new PointList(id, l.style, points, l.pos);
    }

    private Text text(TextDraft draft) {
        String words = draft.words.toString().strip();
        return new Text(markdown ? words : MarkdownText.of(words), draft.pos);
    }
}
