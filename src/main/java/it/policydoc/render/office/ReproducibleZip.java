package it.policydoc.render.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes an office package again with every entry dated by the text, not the clock, in the
 * order the library wrote them, and an ODF {@code mimetype} first and uncompressed as the
 * standard requires: the same document always gives the same bytes.
 */
final class ReproducibleZip {

    static final String ODF_MIMETYPE = "mimetype";
    private static final LocalDate ZIP_EPOCH = LocalDate.of(1980, 1, 1);

    private ReproducibleZip() {
    }

    static byte[] normalise(byte[] zip, LocalDate date) throws IOException {
        return normalise(zip, date, java.util.Map.of());
    }

    /** @param replaced entries written with the given bytes instead of the library's */
    static byte[] normalise(byte[] zip, LocalDate date, java.util.Map<String, byte[]> replaced) throws IOException {
        // A local date-time is stored as it is, whatever the machine's time zone; zip dates start in 1980.
        LocalDateTime time = (date.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date).atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] mimetype = null;
            java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (ODF_MIMETYPE.equals(e.getName())) {
                    mimetype = content;
                } else if (!e.isDirectory()) {
                    entries.put(e.getName(), replaced.getOrDefault(e.getName(), content));
                }
            }
            if (mimetype != null) {
                ZipEntry stored = new ZipEntry(ODF_MIMETYPE);
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                stored.setCrc(crc.getValue());
                put(z, stored, time, mimetype);
            }
            for (var entry : entries.entrySet()) {
                put(z, new ZipEntry(entry.getKey()), time, entry.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, ZipEntry entry, LocalDateTime time, byte[] content) throws IOException {
        entry.setTimeLocal(time);
        z.putNextEntry(entry);
        z.write(content);
        z.closeEntry();
    }
}
