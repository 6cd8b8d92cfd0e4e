package it.policydoc.importing;

import it.policydoc.pdf.ArchivalPdfWriter;
import it.policydoc.pdf.PrintDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A seed text as a clerk's office files would hold it, made by the tests: a DOCX (POI) and an ODT
 * (odfdom) whose "1." and "-" lines are real lists (the numbers are drawn, not typed), with a
 * running header, a page-number footer and an index; a PDF made by the project's own PDF writer
 * with the same header, "Pagina X di Y" and an index with dotted leaders.
 */
final class SeedFiles {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)\\.\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*-\\s+(.*)$");
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private SeedFiles() {
    }

    /** A line of the seed, and the list it belongs to, if any. */
    private record Line(String text, char list) {
    }

    private static List<Line> lines(List<String> seed) {
        List<Line> lines = new ArrayList<>();
        for (String raw : seed) {
            if (raw.isBlank()) {
                continue;
            }
            Matcher n = NUMBERED.matcher(raw);
            Matcher b = BULLET.matcher(raw);
            lines.add(n.matches() ? new Line(n.group(2).strip(), '1') : b.matches() ? new Line(b.group(1).strip(), '-')
                    : new Line(raw.strip(), ' '));
        }
        return lines;
    }

    static Path docx(List<String> seed, List<String> index, String header, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText(header);
            XWPFParagraph footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
            footer.createRun().setText("Pagina ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger decimal = numbering.addAbstractNum(abstractNum(0, STNumberFormat.DECIMAL, "%1."));
            BigInteger bullet = numbering.addAbstractNum(abstractNum(1, STNumberFormat.BULLET, "•"));
            BigInteger bullets = numbering.addNum(bullet);
            doc.createParagraph().createRun().setText("Indice");
            for (String entry : index) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("TOC1");
                p.createRun().setText(entry + "\t2");
            }
            BigInteger current = null;
            char previous = ' ';
            for (Line line : lines(seed)) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(line.text());
                if (line.list() == '1') {
                    if (previous != '1') {
                        current = numbering.addNum(decimal);
                        var override = numbering.getNum(current).getCTNum().addNewLvlOverride();
                        override.setIlvl(BigInteger.ZERO);
                        override.addNewStartOverride().setVal(BigInteger.ONE);
                    }
                    p.setNumID(current);
                    p.setNumILvl(BigInteger.ZERO);
                } else if (line.list() == '-') {
                    p.setNumID(bullets);
                    p.setNumILvl(BigInteger.ZERO);
                }
                previous = line.list();
            }
            doc.write(out);
        }
        return file;
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        return new XWPFAbstractNum(abs);
    }

    static Path odt(List<String> seed, List<String> index, String header, Path file) throws Exception {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument()) {
            Element body = doc.getContentRoot();
            while (body.getFirstChild() != null) {
                body.removeChild(body.getFirstChild());
            }
            Document content = body.getOwnerDocument();
            Element styles = (Element) content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0",
                    "automatic-styles").item(0);
            styles.appendChild(listStyle(content, "LNum", false));
            styles.appendChild(listStyle(content, "LBul", true));
            Document stylesDom = doc.getStylesDom();
            Element master = (Element) stylesDom.getElementsByTagNameNS(STYLE, "master-page").item(0);
            Element head = stylesDom.createElementNS(STYLE, "style:header");
            head.appendChild(paragraph(stylesDom, header));
            Element foot = stylesDom.createElementNS(STYLE, "style:footer");
            Element pageNumber = paragraph(stylesDom, "Pagina ");
            pageNumber.appendChild(stylesDom.createElementNS(TEXT, "text:page-number"));
            foot.appendChild(pageNumber);
            master.appendChild(head);
            master.appendChild(foot);

            Element toc = content.createElementNS(TEXT, "text:table-of-content");
            Element tocBody = content.createElementNS(TEXT, "text:index-body");
            tocBody.appendChild(paragraph(content, "Indice"));
            index.forEach(e -> tocBody.appendChild(paragraph(content, e + "\t2")));
            toc.appendChild(tocBody);
            body.appendChild(toc);
            Element list = null;
            char previous = ' ';
            for (Line line : lines(seed)) {
                if (line.list() == ' ') {
                    body.appendChild(paragraph(content, line.text()));
                    list = null;
                } else {
                    if (list == null || previous != line.list()) {
                        list = content.createElementNS(TEXT, "text:list");
                        list.setAttributeNS(TEXT, "text:style-name", line.list() == '1' ? "LNum" : "LBul");
                        body.appendChild(list);
                    }
                    Element item = content.createElementNS(TEXT, "text:list-item");
                    item.appendChild(paragraph(content, line.text()));
                    list.appendChild(item);
                }
                previous = line.list();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Element listStyle(Document dom, String name, boolean bullet) {
        Element style = dom.createElementNS(TEXT, "text:list-style");
        style.setAttributeNS(STYLE, "style:name", name);
        Element level = dom.createElementNS(TEXT, bullet ? "text:list-level-style-bullet" : "text:list-level-style-number");
        level.setAttributeNS(TEXT, "text:level", "1");
        if (bullet) {
            level.setAttributeNS(TEXT, "text:bullet-char", "•");
        } else {
            level.setAttributeNS(STYLE, "style:num-format", "1");
            level.setAttributeNS(STYLE, "style:num-suffix", ".");
        }
        style.appendChild(level);
        return style;
    }

    private static Element paragraph(Document dom, String text) {
        Element p = dom.createElementNS(TEXT, "text:p");
        p.setTextContent(text);
        return p;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Path pdf(List<String> seed, List<String> index, String header, Path file) throws IOException {
        StringBuilder body = new StringBuilder("<div class=\"indice\"><p>Indice</p>");
        index.forEach(e -> body.append("<p>").append(xml(e)).append(" .......... 2</p>"));
        body.append("</div>");
        String open = null;
        for (Line line : lines(seed)) {
            String tag = line.list() == '1' ? "ol" : line.list() == '-' ? "ul" : null;
            if (open != null && !open.equals(tag)) {
                body.append("</").append(open).append('>');
                open = null;
            }
            if (tag != null && open == null) {
                body.append('<').append(tag).append('>');
                open = tag;
            }
            // Bullets as text glyphs, as word processors put them in their PDFs.
            body.append(tag != null ? "<li>" + ("ul".equals(tag) ? "• " : "") : "<p>").append(xml(line.text())).append(tag != null ? "</li>" : "</p>");
        }
        if (open != null) {
            body.append("</").append(open).append('>');
        }
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml" lang="it-IT">
                <head><title>Prova</title><meta name="subject" content="Testo di prova"/>
                <meta name="author" content="Comune di Prova"/>
                <style>@page { size: A4; margin: 25mm 20mm;
                  @top-center { content: "%s"; font-family: "Titillium Web"; font-size: 9pt; }
                  @bottom-center { content: "Pagina " counter(page) " di " counter(pages); font-family: "Titillium Web"; font-size: 9pt; } }
                html { font-family: "Titillium Web"; font-size: 11pt; } ul { list-style: none; } .indice { page-break-after: always; }
                </style></head><body>%s</body></html>
                """.formatted(header.replace("\"", "'"), body);
        Files.write(file, new ArchivalPdfWriter().write(new PrintDocument(xhtml, LocalDate.of(2024, 1, 1), List.of())));
        return file;
    }
}
