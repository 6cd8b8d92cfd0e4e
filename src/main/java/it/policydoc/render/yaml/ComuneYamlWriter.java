package it.policydoc.render.yaml;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A {@code comune.yaml} with what an imported text says about its ente (name, province) and
 * comments asking for the rest; the keys no text gives (ISTAT code, province code) are left for
 * the clerk, so that {@code check} asks for them rather than anything being invented.
 */
public final class ComuneYamlWriter {

    public String write(String schemaPath, String name, Optional<String> province, List<String> comments) {
        List<NodeTuple> tuples = new ArrayList<>();
        tuples.add(new NodeTuple(scalar("nome"), scalar(name)));
        province.ifPresent(p -> tuples.add(new NodeTuple(scalar("provincia"), scalar(p))));
        List<CommentLine> header = new ArrayList<>();
        header.add(comment(" yaml-language-server: $schema=" + schemaPath));
        header.add(comment(""));
        comments.forEach(c -> header.add(comment(" " + c)));
        header.add(new CommentLine(Optional.empty(), Optional.empty(), "", CommentType.BLANK_LINE));
        tuples.get(0).getKeyNode().setBlockComments(header);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setDumpComments(true).build();
        StringWriter out = new StringWriter();
        new Dump(settings).dumpNode(new MappingNode(Tag.MAP, tuples, FlowStyle.BLOCK), new StreamDataWriter() {
            @Override
            public void write(String str) {
                out.write(str);
            }

            @Override
            public void write(String str, int off, int len) {
                out.write(str, off, len);
            }
        });
        return out.toString();
    }

    private static CommentLine comment(String text) {
        return new CommentLine(Optional.empty(), Optional.empty(), text, CommentType.BLOCK);
    }

    private static ScalarNode scalar(String s) {
        return new ScalarNode(Tag.STR, s, ScalarStyle.PLAIN);
    }
}
