package it.policydoc.importing.source;

import java.nio.file.Path;

/** Reads one foreign format into blocks; one implementation per format, each behind its own library. */
public interface SourceReader {

    SourceDocument read(Path file) throws UnreadableSource;
}
