package it.policydoc.load;

import it.policydoc.model.SourcePos;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * snakeyaml's 0-based marks as the 1-based positions diagnostics print. A mark carries the name
 * of the file it was read from, so a node taken over from a base policy still points into the
 * base file.
 */
final class YamlPositions {

    private YamlPositions() {
    }

    static SourcePos of(Path file, Mark mark) {
        return new SourcePos(fileOf(mark, file), mark.getLine() + 1, mark.getColumn() + 1);
    }

    static SourcePos of(Path file, Node node) {
        return node.getStartMark().map(m -> of(file, m)).orElse(SourcePos.start(file));
    }

    /** The file a mark was read from (the reader labels every document with its path). */
    static Path fileOf(Mark mark, Path fallback) {
        String name = mark.getName();
        return name == null || name.isEmpty() ? fallback : Path.of(name);
    }
}
