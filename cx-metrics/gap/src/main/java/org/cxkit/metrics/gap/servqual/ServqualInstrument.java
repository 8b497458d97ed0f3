package org.cxkit.metrics.gap.servqual;

import static org.cxkit.core.experience.QualityDimension.ASSURANCE;
import static org.cxkit.core.experience.QualityDimension.EMPATHY;
import static org.cxkit.core.experience.QualityDimension.RELIABILITY;
import static org.cxkit.core.experience.QualityDimension.RESPONSIVENESS;
import static org.cxkit.core.experience.QualityDimension.TANGIBLES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.internal.Checks;
import org.cxkit.core.result.ReasonCode;
import org.cxkit.core.scale.Scale;
import org.cxkit.metrics.gap.internal.ServqualSums;

/**
 * A gap instrument: numbered items, each scored for expectation and perception on one scale, grouped
 * into quality dimensions. SERVQUAL (Parasuraman, Zeithaml and Berry 1988) is provided as
 * {@link #SERVQUAL_1988}; any instrument of the same shape can be defined with {@link #of}.
 *
 * <p>Items are held in number order; the dimensions in the order their first item appears. Answers
 * given as arrays are in item order.
 *
 * <p>This class is immutable and thread-safe; instances compare by value.
 */
public final class ServqualInstrument {

  /**
   * SERVQUAL as published by Parasuraman, Zeithaml and Berry (1988, Journal of Retailing 64(1),
   * appendix): 22 items on a 1–7 agreement scale, tangibles 1–4, reliability 5–9, responsiveness
   * 10–13, assurance 14–17, empathy 18–22. Items 10–13 and 18–22 were worded negatively in that
   * version and are reverse-scored (the 1991 revision reworded them positively; use {@link #of} with
   * positive items for it). The labels are this library's short descriptions, not the questionnaire's
   * wording.
   */
  public static final ServqualInstrument SERVQUAL_1988 = of("SERVQUAL 1988", Scale.ONE_TO_SEVEN, List.of(
      ServqualItem.of(1, TANGIBLES, "modern-looking equipment"),
      ServqualItem.of(2, TANGIBLES, "visually appealing facilities"),
      ServqualItem.of(3, TANGIBLES, "neatly presented staff"),
      ServqualItem.of(4, TANGIBLES, "facilities fit the kind of service"),
      ServqualItem.of(5, RELIABILITY, "does what it promised by the promised time"),
      ServqualItem.of(6, RELIABILITY, "supportive when the customer has a problem"),
      ServqualItem.of(7, RELIABILITY, "dependable"),
      ServqualItem.of(8, RELIABILITY, "delivers at the promised time"),
      ServqualItem.of(9, RELIABILITY, "keeps accurate records"),
      ServqualItem.reversed(10, RESPONSIVENESS, "tells customers when the service will happen"),
      ServqualItem.reversed(11, RESPONSIVENESS, "prompt service from staff"),
      ServqualItem.reversed(12, RESPONSIVENESS, "staff always willing to help"),
      ServqualItem.reversed(13, RESPONSIVENESS, "staff never too busy to respond"),
      ServqualItem.of(14, ASSURANCE, "staff can be trusted"),
      ServqualItem.of(15, ASSURANCE, "customers feel safe dealing with staff"),
      ServqualItem.of(16, ASSURANCE, "courteous staff"),
      ServqualItem.of(17, ASSURANCE, "staff supported by the company to do their job well"),
      ServqualItem.reversed(18, EMPATHY, "individual attention from the company"),
      ServqualItem.reversed(19, EMPATHY, "personal attention from staff"),
      ServqualItem.reversed(20, EMPATHY, "staff know what customers need"),
      ServqualItem.reversed(21, EMPATHY, "has customers' best interests at heart"),
      ServqualItem.reversed(22, EMPATHY, "opening hours convenient for all customers")));

  private final String name;
  private final Scale scale;
  private final List<ServqualItem> items;
  private final List<QualityDimension> dimensions;
  private final Map<Integer, Integer> indexByNumber;
  // Hot-path tables, by item index and dimension index.
  final int[] dimensionOfItem;
  final boolean[] reversed;
  final int[] itemsPerDimension;

  private ServqualInstrument(String name, Scale scale, List<ServqualItem> sorted) {
    this.name = name;
    this.scale = scale;
    this.items = List.copyOf(sorted);
    List<QualityDimension> dims = new ArrayList<>();
    Map<Integer, Integer> index = new HashMap<>();
    dimensionOfItem = new int[items.size()];
    reversed = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      ServqualItem item = items.get(i);
      if (index.put(item.number(), i) != null) {
        throw Checks.invalid(ReasonCode.DUPLICATE, "item number", "must be unique in the instrument",
            item.number() + " appears twice");
      }
      int d = dims.indexOf(item.dimension());
      if (d < 0) {
        d = dims.size();
        dims.add(item.dimension());
      }
      dimensionOfItem[i] = d;
      reversed[i] = item.reverseScored();
    }
    this.dimensions = List.copyOf(dims);
    this.indexByNumber = Map.copyOf(index);
    itemsPerDimension = new int[dims.size()];
    for (int d : dimensionOfItem) {
      itemsPerDimension[d]++;
    }
  }

  /**
   * Obtains an instrument of the user's own.
   *
   * @param name the instrument's name, not blank
   * @param scale the answer scale shared by every item
   * @param items the items, at least one, numbers unique, in any order
   * @return the instrument
   * @throws IllegalArgumentException if the name is blank, there are no items, or a number repeats
   */
  public static ServqualInstrument of(String name, Scale scale, List<ServqualItem> items) {
    Objects.requireNonNull(name, "name");
    Checks.nonBlank("instrument name", name);
    Objects.requireNonNull(scale, "scale");
    if (items.isEmpty()) {
      throw Checks.invalid(ReasonCode.MISSING, "items", "must have at least 1 item", "0 items");
    }
    List<ServqualItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparingInt(ServqualItem::number));
    return new ServqualInstrument(name, scale, sorted);
  }

  /**
   * Returns the instrument's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the scale every answer is on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns the items in number order.
   *
   * @return the items, at least one
   */
  public List<ServqualItem> items() {
    return items;
  }

  /**
   * Returns the dimensions, in the order their first item appears.
   *
   * @return the dimensions, at least one
   */
  public List<QualityDimension> dimensions() {
    return dimensions;
  }

  /**
   * Returns the items of one dimension, in number order.
   *
   * @param dimension a dimension of this instrument
   * @return its items, at least one
   * @throws IllegalArgumentException if the dimension is not one of this instrument's
   */
  public List<ServqualItem> items(QualityDimension dimension) {
    int d = dimensionIndex(dimension);
    List<ServqualItem> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (dimensionOfItem[i] == d) {
        result.add(items.get(i));
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns how many items the instrument has.
   *
   * @return the count, at least one
   */
  public int itemCount() {
    return items.size();
  }

  /**
   * Returns the item with a number.
   *
   * @param number the item number
   * @return the item
   * @throws IllegalArgumentException if no item has that number
   */
  public ServqualItem item(int number) {
    return items.get(itemIndex(number));
  }

  /**
   * Returns an answer as scored: reversed ({@code min + max − answer}) for a reverse-scored item,
   * unchanged otherwise.
   *
   * @param number the item number
   * @param answer the answer, on the instrument's scale
   * @return the scored answer
   * @throws IllegalArgumentException if no item has that number or the answer is off the scale
   */
  public int scored(int number, int answer) {
    int i = itemIndex(number);
    return scoredAt(i, scale.check("answer to item " + number, answer));
  }

  int scoredAt(int itemIndex, int answer) {
    return reversed[itemIndex] ? scale.min() + scale.max() - answer : answer;
  }

  int itemIndex(int number) {
    Integer i = indexByNumber.get(number);
    if (i == null) {
      throw Checks.invalid(ReasonCode.OUT_OF_RANGE, "item number", "not an item of " + name + ", items "
          + items.get(0).number() + " - " + items.get(items.size() - 1).number(), number);
    }
    return i;
  }

  int dimensionIndex(QualityDimension dimension) {
    int d = dimensions.indexOf(Objects.requireNonNull(dimension, "dimension"));
    if (d < 0) {
      throw Checks.invalid(ReasonCode.INVALID, "dimension", "not a dimension of " + name + ", valid " + dimensions,
          dimension);
    }
    return d;
  }

  /** Returns new, empty sums of this instrument's shape. */
  ServqualSums newSums() {
    return new ServqualSums(dimensionOfItem, reversed, itemsPerDimension, scale.min() + scale.max());
  }

  String itemNumbers(int dimensionIndex) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (dimensionOfItem[i] == dimensionIndex) {
        numbers.add(Integer.toString(items.get(i).number()));
      }
    }
    return String.join(", ", numbers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ServqualInstrument other
        && name.equals(other.name) && scale.equals(other.scale) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scale, items);
  }

  /** Returns a form such as {@code SERVQUAL 1988 (22 items on 1-7: tangibles 4, reliability 5, ...)}. */
  @Override
  public String toString() {
    Map<QualityDimension, Integer> counts = new LinkedHashMap<>();
    for (int d = 0; d < dimensions.size(); d++) {
      counts.put(dimensions.get(d), itemsPerDimension[d]);
    }
    return name + " (" + items.size() + " items on " + scale + ": "
        + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
        + ")";
  }
}
