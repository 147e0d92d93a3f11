package org.pmoengine.scheduling.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.mpxj.writer.FileFormat;
import org.mpxj.writer.UniversalProjectWriter;
import org.pmoengine.scheduling.CriticalPathMethod;
import org.pmoengine.scheduling.Plan;

/**
 * MPXJ unpacks zip archives and copies databases and compound documents to temporary files,
 * without a size limit and without removing them when the content is no schedule. The
 * importer refuses archives and databases before MPXJ sees them and reads MPP files in memory;
 * each test also checks that the temp folder holds nothing new afterwards.
 */
class ArchivesAndDatabasesTests {

  static final Path MPSPLIB = Path.of(System.getProperty("mpsplib.dir", "/work/shared/mpsplib"));

  private static ImportResult read(byte[] bytes) {
    return new PlanImporter().read(new ByteArrayInputStream(bytes));
  }

  private static byte[] mspdi() throws IOException {
    Plan plan = SamplePlans.office();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new UniversalProjectWriter(FileFormat.MSPDI).write(
        new MspdiExporter().toProjectFile("Office move", plan, CriticalPathMethod.schedule(plan), null), out);
    return out.toByteArray();
  }

  private static byte[] zip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("plan.xml"));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** A signature followed by enough bytes for MPXJ to look at the file (it wants 512). */
  private static byte[] startingWith(String signature) {
    return concat(signature.getBytes(StandardCharsets.ISO_8859_1), new byte[4096]);
  }

  private static void assertRefusedLeavingNothing(byte[] file, String message) {
    Set<Path> before = TempFolder.entries();

    assertThatThrownBy(() -> read(file)).isInstanceOf(PlanImportException.class)
        .hasMessageContaining(message).hasMessageContaining("MSPDI XML");

    assertThat(TempFolder.newSince(before)).isEmpty();
  }

  @Test
  void refusesAZipArchiveEvenWhenItHoldsASchedule() throws IOException {
    byte[] zipped = zip(mspdi());
    assertThat(read(mspdi()).plan().activities()).isNotEmpty(); // the content alone imports

    assertRefusedLeavingNothing(zipped, "zip archive");
  }

  @Test
  void refusesAZipArchiveBehindAByteOrderMark() throws IOException {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf16Bom = {(byte) 0xFE, (byte) 0xFF};

    assertRefusedLeavingNothing(concat(utf8Bom, zip(mspdi())), "zip archive");
    assertRefusedLeavingNothing(concat(utf16Bom, zip(mspdi())), "zip archive");
    assertRefusedLeavingNothing(concat(utf8Bom, concat(utf8Bom, zip(mspdi()))), "two byte order marks");
  }

  @Test
  void refusesSelfExtractingArchives() {
    assertRefusedLeavingNothing(startingWith("MZ"), "self-extracting archive");
  }

  @Test
  void refusesAccessAndSqliteDatabases() {
    assertRefusedLeavingNothing(startingWith("\0\1\0\0Standard Jet DB\0"), "database");
    assertRefusedLeavingNothing(startingWith("SQLite format 3\0"), "database");
  }

  @Test
  void refusesACompoundDocumentThatIsNoMsProjectFileWithoutATemporaryCopy() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem empty = new POIFSFileSystem()) {
      empty.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      empty.writeFilesystem(out);
    }
    Set<Path> before = TempFolder.entries();

    assertThatThrownBy(() -> read(out.toByteArray())).isInstanceOf(PlanImportException.class)
        .hasMessageStartingWith("The file could not be read as a schedule")
        .hasMessageNotContaining("Exception").hasMessageNotContaining("org.");

    assertThat(TempFolder.newSince(before)).isEmpty();
  }

  /**
   * MPSPLIB's mp_j30_a2_nr3: two projects of 32 jobs each, as in PSPLIB's j30 (30 activities
   * and a start and an end milestone).
   */
  @Test
  void readsAnMsProjectFileInMemory() throws IOException {
    Path mpp = MPSPLIB.resolve("j30/mp_j30_a2_nr3.mpp");
    if (!Files.isRegularFile(mpp)) {
      fail("MPSPLIB not found at " + MPSPLIB.toAbsolutePath() + "; give it with -Dmpsplib.dir=...");
    }
    Set<Path> before = TempFolder.entries();

    ImportResult result;
    try (InputStream in = Files.newInputStream(mpp)) {
      result = new PlanImporter().read(in);
    }

    assertThat(result.plan().activities()).hasSize(64);
    assertThat(result.plan().activities()).filteredOn(a -> a.durationDays() == 0).hasSize(4);
    assertThat(TempFolder.newSince(before)).isEmpty();
  }
}
