package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text file the clerk wrote, through {@link InputFiles} (inside its root, a plain file,
 * bounded in size): UTF-8 only (a file saved in another encoding would turn accented letters
 * into garbage), without the byte order mark Windows editors may put first.
 */
final class TextFiles {

    /** A file's text, or why it could not be read. */
    record Read(Optional<String> text, Optional<Diagnostic> problem) {

        static Read failed(Diagnostic problem) {
            return new Read(Optional.empty(), Optional.of(problem));
        }
    }

    private TextFiles() {
    }

    /** @param root the folder the file must lie in, links followed */
    static Read read(Path file, Path root, int maxBytes) {
        InputFiles.Bytes bytes = InputFiles.read(file, root, maxBytes);
        if (bytes.problem().isPresent()) {
            return Read.failed(bytes.problem().get());
        }
        try {
            return new Read(Optional.of(decode(bytes.bytes().orElseThrow())), Optional.empty());
        } catch (CharacterCodingException e) {
            return Read.failed(Diagnostic.error("invalid-encoding", SourcePos.start(file)));
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
