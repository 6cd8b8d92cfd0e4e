package it.policydoc.render.handbook;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code ${text(value)}} in an AsciiDoc template: a value of the model in running text, written
 * as {@code ${value}} writes it (HTML-escaped, in an inline passthrough, never AsciiDoc markup),
 * but held out of the skeleton like a passthrough block: the skeleton then holds a placeholder
 * instead of the comune's name or the policy's title, and is the same for every comune that
 * keeps the same text and chapters, so one conversion serves them all.
 *
 * <p>Only for running text: in a section title the value would take part in the id Asciidoctor
 * makes up, which a placeholder would change.
 */
final class InlineText implements TemplateMethodModelEx {

    static final String NAME = "text";

    private final PassthroughDirective passthroughs;

    InlineText(PassthroughDirective passthroughs) {
        this.passthroughs = passthroughs;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel value)) {
            throw new TemplateModelException(NAME + "(…) takes one text");
        }
        String text = value.getAsString();
        if (text.isEmpty()) {
            return AsciiDocOutputFormat.INSTANCE.fromMarkup("");
        }
        String placeholder = passthroughs.hold(AsciiDocOutputFormat.passthroughContent(text));
        return AsciiDocOutputFormat.INSTANCE.fromMarkup(AsciiDocOutputFormat.inlinePassthrough(placeholder));
    }
}
