package it.policydoc.importing.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * A Word .docx file through Apache POI (XWPF): body paragraphs and table rows in order, heading
 * styles, and the list numbers Word draws from its numbering definitions (they are not in the
 * text). Page headers and footers, and tables of contents, are reported as dropped.
 */
public final class DocxReader implements SourceReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?:heading|titolo|überschrift)\\s*(\\d)");
    private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%(\\d)");

    @Override
    public SourceDocument read(Path file) throws UnreadableSource {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return new Reading(doc).document();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSource("import.corrupt", "Word (.docx)");
        }
    }

    /** One pass over one document; list counters live here. */
    private static final class Reading {

        private final XWPFDocument doc;
        private final List<SourceBlock> blocks = new ArrayList<>();
        private final List<DroppedLine> dropped = new ArrayList<>();
        private final Map<String, int[]> counters = new HashMap<>();
        private int paragraph;

        Reading(XWPFDocument doc) {
            this.doc = doc;
        }

        SourceDocument document() {
            for (XWPFHeaderFooter header : doc.getHeaderList()) {
                furniture(header.getText(), DropReason.PAGE_HEADER);
            }
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    furniture(sdt.getContent().getText(), DropReason.INDEX);
                }
            }
            for (XWPFHeaderFooter footer : doc.getFooterList()) {
                furniture(footer.getText(), DropReason.PAGE_FOOTER);
            }
            return new SourceDocument(blocks, dropped);
        }

        private void furniture(String text, DropReason reason) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    dropped.add(new DroppedLine(line.strip(), reason, new SourcePlace(0, paragraph)));
                }
            }
        }

        private void paragraph(XWPFParagraph p) {
            paragraph++;
            String text = p.getText().replace('\t', ' ').strip();
            String style = styleName(p).toLowerCase(Locale.ROOT);
            if (style.startsWith("toc") || style.startsWith("sommario") || style.startsWith("indice")) {
                furniture(text, DropReason.INDEX);
                return;
            }
            Optional<String> marker = Optional.empty();
            int level = -1;
            CTNumPr numPr = numbering(p);
            if (numPr != null && numPr.getNumId() != null && numPr.getNumId().getVal() != null) {
                level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
                marker = marker(numPr.getNumId().getVal(), level);
                if (marker.isEmpty()) {
                    level = -1;
                }
            }
            if (text.isEmpty()) {
                return;
            }
            int heading = headingLevel(style);
            blocks.add(new SourceBlock(text, marker, level, heading, new SourcePlace(0, paragraph)));
        }

        private void table(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                paragraph++;
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                }
                String line = String.join(" | ", cells).strip();
                if (!line.replace("|", "").isBlank()) {
                    blocks.add(SourceBlock.plain(line, new SourcePlace(0, paragraph)));
                }
            }
        }

        private String styleName(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id == null) {
                return "";
            }
            if (doc.getStyles() == null) {
                return id;
            }
            XWPFStyle style = doc.getStyles().getStyle(id);
            return style == null || style.getName() == null ? id : style.getName();
        }

        private static int headingLevel(String style) {
            if (style.equals("title") || style.equals("titolo")) {
                return 1;
            }
            Matcher m = HEADING_STYLE.matcher(style);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        /** The paragraph's own list, else the one its style carries (Word's "List Number" styles). */
        private CTNumPr numbering(XWPFParagraph p) {
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
                return p.getCTP().getPPr().getNumPr();
            }
            String id = p.getStyleID();
            if (id == null || doc.getStyles() == null || doc.getStyles().getStyle(id) == null) {
                return null;
            }
            var ctStyle = doc.getStyles().getStyle(id).getCTStyle();
            return ctStyle.getPPr() == null ? null : ctStyle.getPPr().getNumPr();
        }

        /** Counts the item in its list and writes the label Word would draw for it. */
        private Optional<String> marker(BigInteger numId, int level) {
            XWPFNumbering numbering = doc.getNumbering();
            if (numbering == null || numbering.getNum(numId) == null || level < 0 || level > 8) {
                return Optional.empty();
            }
            XWPFNum num = numbering.getNum(numId);
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
            if (abstractNum == null) {
                return Optional.empty();
            }
            CTLvl[] levels = new CTLvl[9];
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlList()) {
                int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
                if (i >= 0 && i < 9) {
                    levels[i] = lvl;
                }
            }
            if (levels[level] == null) {
                return Optional.empty();
            }
            boolean restarts = num.getCTNum().sizeOfLvlOverrideArray() > 0;
            String key = restarts ? "num" + numId : "abstract" + abstractId;
            int[] count = counters.computeIfAbsent(key, k -> new int[9]);
            for (int i = 0; i <= level; i++) {
                if (count[i] == 0) {
                    count[i] = start(num, levels[i], i) - (i == level ? 1 : 0);
                }
            }
            count[level]++;
            for (int i = level + 1; i < 9; i++) {
                count[i] = 0;
            }
            String format = format(levels[level]);
            if (format.equals("bullet")) {
                return Optional.of("•");
            }
            if (format.equals("none")) {
                return Optional.empty();
            }
            String text = levels[level].getLvlText() == null ? "%" + (level + 1) + "." : levels[level].getLvlText().getVal();
            Matcher m = LEVEL_PLACEHOLDER.matcher(text);
            StringBuilder label = new StringBuilder();
            while (m.find()) {
                int i = Integer.parseInt(m.group(1)) - 1;
                String value = i >= 0 && i <= level && levels[i] != null ? ListLabels.label(format(levels[i]), count[i]) : "";
                m.appendReplacement(label, Matcher.quoteReplacement(value));
            }
            m.appendTail(label);
            String result = label.toString().strip();
            return result.isEmpty() ? Optional.empty() : Optional.of(result);
        }

        private static int start(XWPFNum num, CTLvl lvl, int level) {
            for (var override : num.getCTNum().getLvlOverrideList()) {
                if (override.getIlvl() != null && override.getIlvl().intValue() == level
                        && override.getStartOverride() != null) {
                    return override.getStartOverride().getVal().intValue();
                }
            }
            return lvl != null && lvl.getStart() != null ? lvl.getStart().getVal().intValue() : 1;
        }

        private static String format(CTLvl lvl) {
            return lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        }
    }
}
