package it.policydoc.pipeline;

import it.policydoc.load.InputFiles;
import it.policydoc.load.PolicySources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Content hashes that tell whether a comune's outputs would come out the same as last time:
 * the tool itself (its code, templates and assets) and a templates folder read before its own, every file in the comune's folder (YAML,
 * stemma, handbook chapters, template overrides), the shared folders beside the comuni (base
 * policies) and which policies were chosen. Reading bytes is far cheaper than parsing, so an
 * unchanged site is recognised without loading anything.
 */
final class InputFingerprints {

    private final String tool;
    private final String templates;
    private final Map<Path, String> sharedByPoliciesFolder = new ConcurrentHashMap<>();

    /**
     * @param tool the fingerprint of the running code ({@link #toolFingerprint()}), which a
     *     process may compute once: the code it runs does not change while it runs
     * @param templatesFolder templates read before the packaged ones, if any: they can change every output
     */
    InputFingerprints(String tool, Optional<Path> templatesFolder) {
        this.tool = tool;
        this.templates = templatesFolder.map(InputFingerprints::templates).orElse("");
    }

    private static String templates(Path folder) {
        MessageDigest digest = sha256();
        Path root = folder.toAbsolutePath().normalize();
        hashTree(digest, root, root);
        return HexFormat.of().formatHex(digest.digest());
    }

    String tool() {
        return tool;
    }

    String of(PolicySources.ComuneFolder comune) {
        MessageDigest digest = sha256();
        update(digest, tool);
        update(digest, templates);
        Path folder = comune.folder().toAbsolutePath().normalize();
        Path policiesFolder = comune.root();
        update(digest, sharedByPoliciesFolder.computeIfAbsent(policiesFolder, InputFingerprints::shared));
        hashTree(digest, folder, policiesFolder);
        comune.policyFiles().forEach(file -> update(digest, name(file.getFileName())));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Base policies and other shared material: folders whose name starts with "_". */
    private static String shared(Path policiesFolder) {
        MessageDigest digest = sha256();
        try (Stream<Path> children = Files.list(policiesFolder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith("_")) {
                    hashTree(digest, child, policiesFolder);
                }
            }
        } catch (IOException e) {
            // The loader reports a folder it cannot list; here it only makes the comuni count as changed.
            update(digest, "unlistable");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The code policydoc runs from: its jar, or its classes folder when run from the build. */
    static String toolFingerprint() {
        try {
            Path code = Path.of(InputFingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = sha256();
            if (Files.isDirectory(code)) {
                hashTree(digest, code, code);
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

    /**
     * Every file under {@code tree}, by its path relative to it and its content. Only what
     * {@link InputFiles} lets the loader read is read: a link that leads outside {@code root}, a
     * FIFO, a file or folder without permission counts by its name and kind alone (the loader
     * refuses it with a diagnostic), so hashing never hangs, fails or reads outside.
     */
    private static void hashTree(MessageDigest digest, Path tree, Path root) {
        List<Path> paths = new ArrayList<>();
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    paths.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    paths.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            paths.add(tree);
        }
        paths.sort(null);
        for (Path path : paths) {
            update(digest, relativeName(tree, path));
            InputFiles.Status status = InputFiles.status(path, root);
            update(digest, status.kind().name());
            if (status.kind() == InputFiles.Kind.FILE) {
                hashContent(digest, status.real().orElseThrow());
            }
        }
    }

    private static void hashContent(MessageDigest digest, Path file) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            update(digest, "unreadable");
        }
    }

    /**
     * A path below {@code tree} in a form that does not depend on the locale: decoded with a
     * non-UTF-8 {@code LANG}, a name such as "attività.adoc" would turn into question marks and
     * every comune would look changed after a locale change. The URI form keeps the name's
     * bytes (percent-encoded) whatever the locale.
     */
    private static String relativeName(Path tree, Path path) {
        return tree.toUri().relativize(path.toUri()).getRawPath();
    }

    private static String name(Path fileName) {
        String uri = fileName.toAbsolutePath().toUri().getRawPath();
        return uri.substring(uri.lastIndexOf('/', uri.length() - 2) + 1);
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
