package it.policydoc.pipeline;

import it.policydoc.load.PolicySources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Content hashes that tell whether a comune's outputs would come out the same as last time:
 * the tool itself (its code, templates and assets), every file in the comune's folder (YAML,
 * stemma, handbook chapters, template overrides), the shared folders beside the comuni (base
 * policies) and which policies were chosen. Reading bytes is far cheaper than parsing, so an
 * unchanged site is recognised without loading anything.
 */
final class InputFingerprints {

    private final String tool;
    private final Map<Path, String> sharedByPoliciesFolder = new ConcurrentHashMap<>();

    InputFingerprints() {
        this.tool = toolFingerprint();
    }

    String tool() {
        return tool;
    }

    String of(PolicySources.ComuneFolder comune) {
        MessageDigest digest = sha256();
        update(digest, tool);
        Path folder = comune.folder().toAbsolutePath().normalize();
        Path policiesFolder = folder.getParent();
        if (policiesFolder != null) {
            update(digest, sharedByPoliciesFolder.computeIfAbsent(policiesFolder, InputFingerprints::shared));
        }
        hashTree(digest, folder);
        comune.policyFiles().forEach(file -> update(digest, file.getFileName().toString()));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Base policies and other shared material: folders whose name starts with "_". */
    private static String shared(Path policiesFolder) {
        MessageDigest digest = sha256();
        try (Stream<Path> children = Files.list(policiesFolder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith("_")) {
                    hashTree(digest, child);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The code policydoc runs from: its jar, or its classes folder when run from the build. */
    private static String toolFingerprint() {
        try {
            Path code = Path.of(InputFingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isDirectory(code)) {
                hashTree(digest, code);
            } else {
                digest.update(Files.readAllBytes(code));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate policydoc's own code", e);
        }
    }

    private static void hashTree(MessageDigest digest, Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            update(digest, root.relativize(file).toString().replace('\\', '/'));
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
