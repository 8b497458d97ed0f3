package org.cxkit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.result.BulkResult;
import org.cxkit.examples.sample.SampleCompany;
import org.cxkit.examples.sample.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a data set and reading it back gives the same data, with nothing set aside. */
class RoundTripProperties {

  private static SampleData company(long seed, int customers) {
    return SampleCompany.generate(SampleCompany.Parameters.defaults().withSeed(seed).withCustomers(customers));
  }

  /** Writes every file into memory, then reads them back from there. */
  private static BulkResult<CsvRow, SampleData> roundTrip(SampleData data) {
    Map<String, StringWriter> files = new HashMap<>();
    CsvFiles.tables().forEach(t -> files.put(t.file(), new StringWriter()));
    CsvFiles.CUSTOMERS.write(data.customers(), files.get("customers.csv"));
    CsvFiles.TOUCHPOINTS.write(data.touchpoints(), files.get("touchpoints.csv"));
    CsvFiles.RESPONSES.write(data.responses(), files.get("responses.csv"));
    CsvFiles.TICKETS.write(data.tickets(), files.get("tickets.csv"));
    CsvFiles.PURCHASES.write(data.purchases(), files.get("purchases.csv"));
    CsvFiles.writeSubscriptions(data.subscriptions(), files.get("subscriptions.csv"), files.get("revenue_changes.csv"));
    CsvFiles.SERVQUAL.write(data.servqual(), files.get("servqual.csv"));
    CsvFiles.ATTRIBUTE_RATINGS.write(data.attributeRatings(), files.get("attribute_ratings.csv"));
    return CsvFiles.read(name -> Optional.of(new StringReader(files.get(name).toString())));
  }

  @Test
  void aSmallCompanyReadsBackEqual() {
    qt().withExamples(40).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 25))
        .checkAssert((seed, customers) -> {
          SampleData data = company(seed, customers);
          BulkResult<CsvRow, SampleData> read = roundTrip(data);
          assertEquals(List.of(), read.setAside());
          assertEquals(data, read.value());
        });
  }

  @Test
  void eachTableReadsBackWhatItWrote() {
    qt().withExamples(20).withShrinkCycles(20)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, customers) -> {
          SampleData data = company(seed, customers);
          StringWriter out = new StringWriter();
          CsvFiles.TOUCHPOINTS.write(data.touchpoints(), out);
          BulkResult<CsvRow, ?> read = CsvFiles.TOUCHPOINTS.read(new StringReader(out.toString()));
          assertEquals(data.touchpoints(), read.value());
          assertEquals(data.touchpoints().size(), read.givenCount());
          out = new StringWriter();
          CsvFiles.RESPONSES.write(data.responses(), out);
          assertEquals(data.responses(), CsvFiles.RESPONSES.read(new StringReader(out.toString())).value());
        });
  }

  @Test
  void aFolderReadsBackEqual(@TempDir Path dir) throws Exception {
    SampleData data = company(99, 40);
    data.write(dir);
    for (CsvTable<?> table : CsvFiles.tables()) {
      assertEquals(true, Files.exists(dir.resolve(table.file())), table.file());
    }
    BulkResult<CsvRow, SampleData> read = SampleData.read(dir);
    assertEquals(List.of(), read.setAside());
    assertEquals(data, read.value());
  }
}
