package org.cxkit.examples.cli;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.cxkit.metrics.satisfaction.ReportingPeriod;

/** Short labels for periods, as people write them: 2025-03, 2025-Q1, 2025-W09, 2025-03-14. */
final class Periods {
  private Periods() {}

  static String label(ReportingPeriod p) {
    LocalDate d = p.start();
    switch (p.granularity()) {
      case DAY:
        return d.toString();
      case WEEK:
        return String.format(java.util.Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return d.toString().substring(0, 7);
      case QUARTER:
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      default:
        throw new AssertionError(p.granularity());
    }
  }
}
