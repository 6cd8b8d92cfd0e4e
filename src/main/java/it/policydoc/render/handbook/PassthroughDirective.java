package it.policydoc.render.handbook;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code <@passthrough>…</@passthrough>} in an AsciiDoc template: the HTML its body writes (drawn
 * by the web or print macros, with every value escaped) goes into the document as a passthrough
 * block, untouched by Asciidoctor. A line of that HTML could close the block early ("++++") or
 * be read as a preprocessor directive ("include::…") only if it started with something other
 * than "&lt;" or a space; such a line (text that a line break in a value carried to the start)
 * is indented by one space, which HTML reads as the same white space.
 */
final class PassthroughDirective implements TemplateDirectiveModel {

    static final String NAME = "passthrough";
    private static final String DELIMITER = "++++";
    private static final Pattern UNSAFE_LINE_START = Pattern.compile("(?m)^(?=[^<\\s])");

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
        env.getOut().write(DELIMITER + "\n" + content + "\n" + DELIMITER + "\n");
    }
}
