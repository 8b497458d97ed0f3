package org.cxkit.examples.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;

/**
 * The rows of one file after conversion: the values used, each beside its row so that checks across
 * files can still set it aside, and the rows set aside. Not thread-safe.
 *
 * @param <T> the type of the values
 */
final class Rows<T> {
  private List<CsvRow> usedRows = new ArrayList<>();
  private List<T> used = new ArrayList<>();
  private List<Long> positions = new ArrayList<>();
  private final List<SetAside<CsvRow>> setAside = new ArrayList<>();

  void use(long position, CsvRow row, T value) {
    positions.add(position);
    usedRows.add(row);
    used.add(value);
  }

  void setAside(long position, CsvRow row, Reason reason) {
    setAside.add(SetAside.of(position, row, Reason.of(reason.code(), row.file() + ":" + reason.field(),
        "line " + row.line() + ": " + reason.message())));
  }

  void setAside(long position, CsvRow row, InvalidValueException rejection) {
    setAside(position, row, rejection.reason());
  }

  List<T> values() {
    return Collections.unmodifiableList(used);
  }

  List<CsvRow> rows() {
    return Collections.unmodifiableList(usedRows);
  }

  /**
   * Sets aside every used value for which {@code problem} gives a reason, in file order, so that a
   * stateful check (the first of two equal ids wins) sees the values in the order of the file.
   */
  void setAsideIf(BiFunction<CsvRow, T, Optional<Reason>> problem) {
    List<CsvRow> keptRows = new ArrayList<>();
    List<T> kept = new ArrayList<>();
    List<Long> keptPositions = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      Optional<Reason> reason = problem.apply(usedRows.get(i), used.get(i));
      if (reason.isPresent()) {
        setAside(positions.get(i), usedRows.get(i), reason.get());
      } else {
        keptRows.add(usedRows.get(i));
        kept.add(used.get(i));
        keptPositions.add(positions.get(i));
      }
    }
    usedRows = keptRows;
    used = kept;
    positions = keptPositions;
  }

  List<Long> positions() {
    return Collections.unmodifiableList(positions);
  }

  /** Carries over a row set aside elsewhere, with its reason as it stands. */
  void carry(SetAside<CsvRow> s) {
    setAside.add(s);
  }

  List<SetAside<CsvRow>> setAside() {
    return Collections.unmodifiableList(setAside);
  }

  BulkResult<CsvRow, List<T>> toBulkResult() {
    List<SetAside<CsvRow>> sorted = new ArrayList<>(setAside);
    sorted.sort((a, b) -> Long.compare(a.item().line(), b.item().line()));
    return BulkResult.of(List.copyOf(used), used.size(), sorted);
  }
}
