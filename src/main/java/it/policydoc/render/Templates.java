package it.policydoc.render;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import it.policydoc.render.handbook.AsciiDocOutputFormat;
import java.io.UncheckedIOException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

/**
 * The one FreeMarker configuration of the process. Templates live in {@code templates/} at the
 * project root and are packaged on the classpath; {@code .ftlh} files escape HTML by default,
 * {@code .adoc.ftl} files escape for AsciiDoc.
 * A Configuration is thread-safe once set up, so all renderers share this one.
 */
public final class Templates {

    /** FreeMarker would otherwise pick up log4j 1.2 that the HTML validator brings into tests. */
    private static final String LOGGER_PROPERTY = "org.freemarker.loggerLibrary";

    private final Configuration configuration;

    public Templates() {
        this(Optional.empty());
    }

    /**
     * @param folder a templates folder read before the packaged templates, checked for changes at
     *     every use: the preview server shows a template edit at once
     */
    public Templates(Optional<Path> folder) {
        if (System.getProperty(LOGGER_PROPERTY) == null) {
            System.setProperty(LOGGER_PROPERTY, "JUL");
        }
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader packaged = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
        if (folder.isPresent()) {
            try {
                MultiTemplateLoader loaders = new MultiTemplateLoader(new TemplateLoader[] {
                    new FileTemplateLoader(folder.get().toFile()), packaged});
                // Not sticky: a template added to the folder later overrides the packaged one at once.
                loaders.setSticky(false);
                configuration.setTemplateLoader(loaders);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates folder " + folder.get(), e);
            }
            configuration.setTemplateUpdateDelayMilliseconds(0);
        } else {
            configuration.setTemplateLoader(packaged);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ITALIAN);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // AsciiDoc templates (the staff handbook) escape every value for AsciiDoc, as .ftlh escape for HTML.
        configuration.setRegisteredCustomOutputFormats(List.of(AsciiDocOutputFormat.INSTANCE));
        TemplateConfiguration asciidoc = new TemplateConfiguration();
        asciidoc.setOutputFormat(AsciiDocOutputFormat.INSTANCE);
        configuration.setTemplateConfigurations(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.adoc.ftl"), asciidoc));
    }

    /** Renders a template to a string; a template error is a bug in the templates, not in the input. */
    public String render(String templateName, Map<String, ?> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templateName, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }
}
