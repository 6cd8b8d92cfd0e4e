package it.policydoc.render.handbook;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * {@code <@passthrough>…</@passthrough>} in an AsciiDoc template: the HTML its body writes (drawn
 * by the web or print macros, with every value escaped) goes into the document as a passthrough
 * block, untouched by Asciidoctor. A line of that HTML could close the block early ("++++") or
 * be read as a preprocessor directive ("include::…") only if it started with something other
 * than "&lt;" or a space; such a line (text that a line break in a value carried to the start)
 * is indented by one space, which HTML reads as the same white space.
 *
 * <p>The block holds a placeholder line instead of the HTML, which is collected here: the
 * document Asciidoctor converts is then the same whatever the policy's units say, and its
 * conversion can be reused after an edit of their text. The HTML is normalised as Asciidoctor
 * reads every line (trailing white space removed, as Ruby's {@code rstrip} does, no blank first
 * or last line), so that putting it back in place of its placeholder gives exactly what
 * converting it would.
 */
final class PassthroughDirective implements TemplateDirectiveModel {

    static final String NAME = "passthrough";
    private static final String DELIMITER = "++++";
    private static final Pattern UNSAFE_LINE_START = Pattern.compile("(?m)^(?=[^<\\s])");
    /** What Ruby's {@code rstrip} removes: NUL, tab, line feed, vertical tab, form feed, carriage return, space. */
    private static final Pattern RUBY_TRAILING_SPACE = Pattern.compile("[\\x00\\t\\n\\x0B\\f\\r ]+$");

    private final IntFunction<String> placeholder;
    private final List<String> contents = new ArrayList<>();

    /** @param placeholder what stands for the n-th content held (from 0) */
    PassthroughDirective(IntFunction<String> placeholder) {
        this.placeholder = placeholder;
    }

    /** The HTML of each block or value held so far, in order: the n-th stands for placeholder n. */
    List<String> contents() {
        return List.copyOf(contents);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (!params.isEmpty() || body == null) {
            throw new TemplateModelException("<@" + NAME + "> takes no parameters and needs a body");
        }
        StringWriter html = new StringWriter();
        body.render(html);
        String content = UNSAFE_LINE_START.matcher(html.toString().strip()).replaceAll(" ");
        if (content.isEmpty()) {
            return;
        }
        env.getOut().write(DELIMITER + "\n" + hold(asAsciidoctorReadsIt(content)) + "\n" + DELIMITER + "\n");
    }

    /**
     * Keeps what Asciidoctor would write for a passthrough, a block's or an inline value's (see
     * {@link InlineText}), and gives the placeholder that stands for it in the skeleton.
     */
    String hold(String content) {
        String line = placeholder.apply(contents.size());
        contents.add(content);
        return line;
    }

    /** Lines split where Ruby splits them (line feeds), each without trailing white space, no blank ends. */
    private static String asAsciidoctorReadsIt(String content) {
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\n", -1)) {
            lines.add(RUBY_TRAILING_SPACE.matcher(line).replaceAll(""));
        }
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }
}
