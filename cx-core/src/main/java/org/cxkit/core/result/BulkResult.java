package org.cxkit.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.cxkit.core.internal.Checks;

/**
 * The outcome of a bulk operation: the value computed from the items that were used, and every item
 * that was set aside with its reason, so that nothing is lost silently. Always
 * {@code usedCount() + setAside().size() == givenCount()}.
 *
 * <p>This class is immutable and thread-safe if the value and the items are.
 *
 * @param <I> the type of the input items
 * @param <R> the type of the value computed from the used items
 */
public final class BulkResult<I, R> {
  private final R value;
  private final long usedCount;
  private final List<SetAside<I>> setAside;

  private BulkResult(R value, long usedCount, List<SetAside<I>> setAside) {
    this.value = Objects.requireNonNull(value, "value");
    this.usedCount = Checks.nonNegative("usedCount", usedCount);
    this.setAside = List.copyOf(setAside);
  }

  /**
   * Obtains a result from its parts.
   *
   * @param value the value computed from the used items
   * @param usedCount how many items were used, zero or more
   * @param setAside the items set aside, with their reasons
   * @param <I> the type of the input items
   * @param <R> the type of the value
   * @return the result
   */
  public static <I, R> BulkResult<I, R> of(R value, long usedCount, List<SetAside<I>> setAside) {
    return new BulkResult<>(value, usedCount, setAside);
  }

  /**
   * Converts each item, keeping those that convert and setting aside, with the exception's reason,
   * those whose conversion throws {@link InvalidValueException}. Any other exception is not a
   * verdict on the item (a bug, a missing resource) and propagates.
   *
   * @param items the items, in input order
   * @param conversion the conversion, which validates and may throw {@code InvalidValueException}
   * @param <I> the type of the input items
   * @param <T> the type of the converted items
   * @return the converted items, in input order, and the items set aside
   */
  public static <I, T> BulkResult<I, List<T>> convert(
      Iterable<? extends I> items, Function<? super I, ? extends T> conversion) {
    Objects.requireNonNull(conversion, "conversion");
    List<T> used = new ArrayList<>();
    List<SetAside<I>> setAside = new ArrayList<>();
    long position = 0;
    for (I item : Objects.requireNonNull(items, "items")) {
      try {
        used.add(Objects.requireNonNull(conversion.apply(item), "conversion result"));
      } catch (InvalidValueException e) {
        setAside.add(SetAside.of(position, item, e));
      }
      position++;
    }
    return new BulkResult<>(Collections.unmodifiableList(used), used.size(), setAside);
  }

  /**
   * Returns the value computed from the used items.
   *
   * @return the value
   */
  public R value() {
    return value;
  }

  /**
   * Returns how many items were used.
   *
   * @return the count, zero or more
   */
  public long usedCount() {
    return usedCount;
  }

  /**
   * Returns the items set aside, in input order.
   *
   * @return the items set aside, each with its position and reason
   */
  public List<SetAside<I>> setAside() {
    return setAside;
  }

  /**
   * Returns how many items were given: used plus set aside.
   *
   * @return the count
   */
  public long givenCount() {
    return usedCount + setAside.size();
  }

  /**
   * Counts the items set aside by reason code: two scores out of range count under one code, whatever
   * their values.
   *
   * @return code to count, in the codes' order
   */
  public Map<ReasonCode, Long> reasonCounts() {
    Map<ReasonCode, Long> counts = new TreeMap<>();
    setAside.forEach(s -> counts.merge(s.code(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BulkResult<?, ?> b
        && usedCount == b.usedCount && value.equals(b.value) && setAside.equals(b.setAside);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, usedCount, setAside);
  }

  @Override
  public String toString() {
    return "BulkResult{given=" + givenCount() + ", used=" + usedCount + ", setAside=" + setAside.size()
        + (setAside.isEmpty() ? "" : " " + reasonCounts()) + ", value=" + value + "}";
  }
}
