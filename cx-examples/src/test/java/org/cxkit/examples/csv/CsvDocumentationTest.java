package org.cxkit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** CSV.md describes every file and every column the readers know, with the same required flag. */
class CsvDocumentationTest {

  @Test
  void everyColumnIsDocumented() throws Exception {
    // Surefire runs in the module's folder, where CSV.md lives.
    String doc = Files.readString(Path.of("CSV.md"));
    for (CsvTable<?> table : CsvFiles.tables()) {
      assertTrue(doc.contains("## `" + table.file() + "`"), table.file());
      for (Column c : table.columns()) {
        String row = "| `" + c.name() + "` | " + (c.required() ? "required" : "optional") + " |";
        int section = doc.indexOf("## `" + table.file() + "`");
        int next = doc.indexOf("\n## ", section + 1);
        String part = doc.substring(section, next < 0 ? doc.length() : next);
        assertTrue(part.contains(row), table.file() + " lacks the row starting " + row);
      }
    }
  }
}
