package it.policydoc.render.handbook;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * FreeMarker's output format for AsciiDoc templates ({@code *.adoc.ftl}): every {@code ${…}}
 * becomes an inline passthrough of HTML-escaped text, {@code pass:[…]}, so that no value of the
 * model (a comune's name, a title, a date) can turn into AsciiDoc markup, whatever characters it
 * holds; what the template writes itself is AsciiDoc. Inside the passthrough the characters that
 * could end it early or be read before it ("]", "\", "|", "+", line breaks) are written as HTML
 * character references, which both HTML and XHTML read back as the same characters.
 */
public final class AsciiDocOutputFormat extends CommonMarkupOutputFormat<AsciiDocOutputFormat.Markup> {

    public static final AsciiDocOutputFormat INSTANCE = new AsciiDocOutputFormat();

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private AsciiDocOutputFormat() {
    }

    /** A piece of AsciiDoc in a template: escaped text, or markup the template wrote. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public AsciiDocOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }

    @Override
    public String getName() {
        return "AsciiDoc";
    }

    @Override
    public String getMimeType() {
        return "text/asciidoc";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return plainTextContent.isEmpty() ? "" : inlinePassthrough(passthroughContent(plainTextContent));
    }

    /** An inline passthrough: Asciidoctor writes its content as it is. */
    static String inlinePassthrough(String content) {
        return "pass:[" + content + "]";
    }

    /** What goes inside the inline passthrough of a text, and what Asciidoctor writes for it. */
    static String passthroughContent(String plainText) {
        return StringUtil.XHTMLEnc(LINE_BREAK.matcher(plainText).replaceAll(" "))
                .replace("\\", "&#92;")
                .replace("]", "&#93;")
                .replace("|", "&#124;")
                .replace("+", "&#43;");
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }
}
