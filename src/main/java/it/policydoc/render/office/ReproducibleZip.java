package it.policydoc.render.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** @param replaced entries written with the given bytes instead of the library's */
    static byte[] normalise(byte[] zip, LocalDate date, Map<String, byte[]> replaced) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(zip));
        entries.replaceAll((name, content) -> replaced.getOrDefault(name, content));
        return write(entries, date);
    }

    /** The files of a package (not its folders), in the order they are stored. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (!e.isDirectory()) {
                    entries.put(e.getName(), content);
                }
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    /** @param entries the files of the package in the order they are to be stored, the mimetype aside */
    static byte[] write(Map<String, byte[]> entries, LocalDate date) throws IOException {
        // A local date-time is stored as it is, whatever the machine's time zone; zip dates start in 1980.
        LocalDateTime time = (date.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : date).atStartOfDay();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] mimetype = entries.get(ODF_MIMETYPE);
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
                if (!ODF_MIMETYPE.equals(entry.getKey())) {
                    put(z, new ZipEntry(entry.getKey()), time, entry.getValue());
                }
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, ZipEntry entry, LocalDateTime time, byte[] content) throws IOException {
        if (time.equals(ZIP_EPOCH.atStartOfDay())) {
            // Java stores the first zip date with an extended timestamp that it works out in the
            // machine's time zone: an undated annex made in Rome differed from one made in UTC.
            // Here the same fields, the timestamp as in UTC, whatever the zone.
            entry.setTime(time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli());
            entry.setExtra(extendedTimestamp(time.toEpochSecond(ZoneOffset.UTC)));
        } else {
            entry.setTimeLocal(time);
        }
        z.putNextEntry(entry);
        z.write(content);
        z.closeEntry();
    }

    /** The zip "extended timestamp" extra field (0x5455) with the modification time only. */
    private static byte[] extendedTimestamp(long epochSecond) {
        return ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0x5455).putShort((short) 5).put((byte) 1).putInt((int) epochSecond).array();
    }
}
