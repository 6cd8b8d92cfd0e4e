package it.policydoc.render.office;

import it.policydoc.render.office.AnnexDocument.Block;
import it.policydoc.render.office.AnnexDocument.Heading;
import it.policydoc.render.office.AnnexDocument.Item;
import it.policydoc.render.office.AnnexDocument.ItemList;
import it.policydoc.render.office.AnnexDocument.ListKind;
import it.policydoc.render.office.AnnexDocument.Paragraph;
import it.policydoc.text.InlineRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The deliberation annex as a Word document ({@code deliberazione.docx}) made with Apache POI:
 * heading styles with outline levels, commi and points as list numbering (restarting in every
 * article and comma), A4 pages, the running header, "Pagina X di Y" as fields in the footer,
 * Italian as the language, the fonts named. The same annex always gives the same bytes.
 */
public final class DocxAnnexWriter {

    static final String FONT = "Titillium Web";
    private static final int HEADING_LEVELS = 6;
    private static final int LIST_LEVELS = 6;
    /** Twentieths of a point: A4 and 2 cm margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int INDENT_STEP = 425;

    public byte[] write(AnnexDocument annex) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            styles(doc);
            Map<ListKind, BigInteger> abstractNums = numbering(doc.createNumbering());
            page(doc, annex);
            front(doc, annex);
            for (Block block : annex.body()) {
                block(doc, block, 0, abstractNums);
            }
            for (String role : annex.signatures()) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Firma");
                p.createRun().setText(role);
                doc.createParagraph().createRun().setText("______________________________");
            }
            properties(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return ReproducibleZip.normalise(out.toByteArray(), annex.date(),
                    java.util.Map.of(CoreProperties.PART, CoreProperties.xml(annex)));
        } finally {
            // Closing a new document would save it a second time, into a buffer nobody reads.
            doc.getPackage().revert();
        }
    }

    private static void front(XWPFDocument doc, AnnexDocument annex) {
        if (annex.draft()) {
            centred(doc, "BOZZA", true);
        }
        centred(doc, annex.comuneLabel(), true);
        centred(doc, annex.provinceLabel(), false);
        XWPFParagraph allegato = doc.createParagraph();
        allegato.setStyle("Allegato");
        allegato.createRun().setText(annex.annexLine());
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Title");
        title.createRun().setText(annex.title());
        if (!annex.acts().isEmpty()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.createRun().setBold(true);
            heading.getRuns().get(0).setText("Atti di approvazione e modifica");
            annex.acts().forEach(a -> doc.createParagraph().createRun().setText(a));
        }
    }

    private static void centred(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        if (bold) {
            run.setBold(true);
        }
        run.setText(text);
    }

    private static void block(XWPFDocument doc, Block block, int depth, Map<ListKind, BigInteger> abstractNums) {
        if (block instanceof Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + Math.min(h.level(), HEADING_LEVELS));
            runs(p, h.runs());
        } else if (block instanceof Paragraph para) {
            runs(doc.createParagraph(), para.runs());
        } else if (block instanceof ItemList list) {
            list(doc, list, depth, abstractNums);
        }
    }

    /** Every list is an instance of its kind's numbering that starts again from the first item. */
    private static void list(XWPFDocument doc, ItemList list, int depth, Map<ListKind, BigInteger> abstractNums) {
        XWPFNumbering numbering = doc.getNumbering();
        BigInteger numId = numbering.addNum(abstractNums.get(list.kind()));
        int level = Math.min(depth, LIST_LEVELS - 1);
        CTNum num = numbering.getNum(numId).getCTNum();
        CTNumLvl restart = num.addNewLvlOverride();
        restart.setIlvl(BigInteger.valueOf(level));
        restart.addNewStartOverride().setVal(BigInteger.ONE);
        for (Item item : list.items()) {
            List<Block> content = item.content();
            XWPFParagraph first = doc.createParagraph();
            first.setStyle("ListParagraph");
            if (list.styled()) {
                first.setNumID(numId);
                first.setNumILvl(BigInteger.valueOf(level));
            } else {
                indent(first, level + 1);
                if (!item.marker().isEmpty()) {
                    first.createRun().setText(item.marker() + " ");
                }
            }
            Block head = content.get(0);
            runs(first, head instanceof Paragraph p ? p.runs() : List.of());
            for (Block rest : content.subList(1, content.size())) {
                if (rest instanceof Paragraph p) {
                    XWPFParagraph following = doc.createParagraph();
                    indent(following, level + 1);
                    runs(following, p.runs());
                } else {
                    block(doc, rest, depth + 1, abstractNums);
                }
            }
        }
    }

    private static void indent(XWPFParagraph p, int steps) {
        p.setIndentationLeft(steps * INDENT_STEP);
    }

    private static void runs(XWPFParagraph p, List<InlineRun> runs) {
        for (InlineRun r : runs) {
            if (r.lineBreak()) {
                p.createRun().addBreak();
                continue;
            }
            Optional<InlineRun.Link> link = r.link();
            XWPFRun run = link.isPresent() && link.get().kind() != InlineRun.LinkKind.INTERNAL
                    ? p.createHyperlinkRun(link.get().href()) : p.createRun();
            run.setText(r.text());
            // Only what the text marks: an explicit "not bold" would override a heading style.
            if (r.italic()) {
                run.setItalic(true);
            }
            if (r.bold()) {
                run.setBold(true);
            }
            if (link.isPresent() && link.get().kind() != InlineRun.LinkKind.INTERNAL) {
                run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
        }
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage("it-IT");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        style(styles, "Normal", "Normal", null, false, 11);
        style(styles, "Title", "Title", null, true, 18);
        style(styles, "Allegato", "Allegato", null, false, 11);
        style(styles, "Firma", "Firma", null, true, 11);
        style(styles, "ListParagraph", "List Paragraph", null, false, 11);
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            style(styles, "Heading" + level, "heading " + level, level - 1, true, Math.max(11, 16 - level));
        }
    }

    private static void style(XWPFStyles styles, String id, String name, Integer outlineLevel, boolean bold, int points) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral ppr = style.addNewPPr();
        if (outlineLevel != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = style.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewLang().setVal("it-IT");
        styles.addStyle(new XWPFStyle(style));
    }

    /** One abstract numbering per kind of list, with a level for every depth of nesting. */
    private static Map<ListKind, BigInteger> numbering(XWPFNumbering numbering) {
        Map<ListKind, BigInteger> ids = new EnumMap<>(ListKind.class);
        int id = 0;
        for (ListKind kind : ListKind.values()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.valueOf(id++));
            for (int level = 0; level < LIST_LEVELS; level++) {
                CTLvl lvl = abs.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                switch (kind) {
                    case COMMI, NUMBERS -> {
                        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                        lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
                    }
                    case LETTERS -> {
                        lvl.addNewNumFmt().setVal(STNumberFormat.LOWER_LETTER);
                        lvl.addNewLvlText().setVal("%" + (level + 1) + ")");
                    }
                    case BULLETS -> {
                        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                        lvl.addNewLvlText().setVal("–");
                    }
                }
                var ind = lvl.addNewPPr().addNewInd();
                ind.setLeft(BigInteger.valueOf((level + 1L) * INDENT_STEP));
                ind.setHanging(BigInteger.valueOf(INDENT_STEP));
            }
            ids.put(kind, numbering.addAbstractNum(new XWPFAbstractNum(abs)));
        }
        return ids;
    }

    private static void page(XWPFDocument doc, AnnexDocument annex) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(MARGIN));
        }
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.RIGHT);
        header.createRun().setText((annex.draft() ? "BOZZA – " : "") + annex.runningHeader());
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.createRun().setText("Pagina ");
        field(footer, "PAGE");
        footer.createRun().setText(" di ");
        field(footer, "NUMPAGES");
    }

    /** A field Word computes when it lays the pages out: begin, instruction, separator, result, end. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The core properties (title, author, dates) are written by {@link CoreProperties}. */
    private static void properties(XWPFDocument doc) {
        doc.getProperties().getExtendedProperties().setApplication("policydoc");
    }
}
