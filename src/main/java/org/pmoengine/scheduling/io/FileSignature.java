package org.pmoengine.scheduling.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first bytes of an uploaded file, and what they say about it before MPXJ sees it.
 *
 * <p>MPXJ's {@code UniversalProjectReader} unpacks a zip archive into a temporary folder with
 * no limit on the unpacked size, and copies Access and SQLite databases and self-extracting
 * archives to temporary files. When the content turns out to be no schedule it answers "no
 * reader" without deleting them. So archives and databases are refused here, and MS Project's
 * compound documents are read in memory. MPXJ skips byte order marks before it looks at the
 * content, so one is skipped here too.
 */
final class FileSignature {

  /** Enough for two byte order marks and the longest signature below. */
  static final int PEEK = 64;

  private static final String SUPPORTED = "upload the schedule itself, saved as MS Project MPP "
      + "or MSPDI XML, MPX, Primavera XER or PMXML, or Planner.";

  private static final byte[][] BYTE_ORDER_MARKS = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
  private static final byte[] ZIP = ascii("PK");
  private static final byte[] WINDOWS_PROGRAM = ascii("MZ");
  private static final byte[] ACCESS_DATABASE = ascii("\0\1\0\0Standard ");
  private static final byte[] SQLITE_DATABASE = ascii("SQLite format 3\0");
  private static final byte[] COMPOUND_DOCUMENT = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private final byte[] content;
  private final boolean secondByteOrderMark;

  private FileSignature(byte[] content, boolean secondByteOrderMark) {
    this.content = content;
    this.secondByteOrderMark = secondByteOrderMark;
  }

  /** Reads the first bytes and puts them back, so the stream is read from its start again. */
  static FileSignature peek(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    int start = byteOrderMarkLength(head, 0);
    return new FileSignature(Arrays.copyOfRange(head, start, head.length),
        byteOrderMarkLength(head, start) > 0);
  }

  private static int byteOrderMarkLength(byte[] head, int from) {
    for (byte[] mark : BYTE_ORDER_MARKS) {
      if (startsWith(head, from, mark)) {
        return mark.length;
      }
    }
    return 0;
  }

  /** Why the file is not read, or empty when it may go to MPXJ. */
  Optional<String> refusal() {
    if (secondByteOrderMark) {
      // no schedule starts so; MPXJ would skip them one by one and might reach an archive
      return Optional.of("The file starts with two byte order marks; " + SUPPORTED);
    }
    if (startsWith(content, 0, ZIP)) {
      return Optional.of("The file is a zip archive. Archives are not unpacked here: " + SUPPORTED);
    }
    if (startsWith(content, 0, WINDOWS_PROGRAM)) {
      return Optional.of("The file is a program or a self-extracting archive, which is not "
          + "opened here: " + SUPPORTED);
    }
    if (startsWith(content, 0, ACCESS_DATABASE) || startsWith(content, 0, SQLITE_DATABASE)) {
      return Optional.of("The file is a database (Access, MPD or SQLite), which is not opened "
          + "here: " + SUPPORTED);
    }
    return Optional.empty();
  }

  /** An OLE compound document, the container of MS Project's MPP files. */
  boolean compoundDocument() {
    return startsWith(content, 0, COMPOUND_DOCUMENT);
  }

  private static boolean startsWith(byte[] bytes, int from, byte[] prefix) {
    return bytes.length - from >= prefix.length
        && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
