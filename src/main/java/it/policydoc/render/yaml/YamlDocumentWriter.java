package it.policydoc.render.yaml;

import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Present;
import org.snakeyaml.engine.v2.api.lowlevel.Serialize;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;

/** A YAML node tree written out by snakeyaml-engine's serializer and emitter, in block style. */
public final class YamlDocumentWriter {

    private YamlDocumentWriter() {
    }

    public static String write(Node document) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setWidth(100)
                .setSplitLines(true)
                .build();
        return new Present(settings).emitToString(new Serialize(settings).serializeOne(document).iterator());
    }
}
