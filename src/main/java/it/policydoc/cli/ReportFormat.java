package it.policydoc.cli;

import picocli.CommandLine.Option;

/** {@code --format}: diagnostics for people (text, with a summary) or for editors and CI (JSON lines). */
final class ReportFormat {

    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "format", defaultValue = "text")
    private Format format;

    boolean json() {
        return format == Format.json;
    }
}
