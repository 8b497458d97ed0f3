package org.cxkit.examples.csv;

import static org.cxkit.examples.csv.Column.optional;
import static org.cxkit.examples.csv.Column.required;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cxkit.core.commerce.ChurnReason;
import org.cxkit.core.commerce.Purchase;
import org.cxkit.core.commerce.RevenueChange;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.customer.Customer;
import org.cxkit.core.customer.CustomerId;
import org.cxkit.core.experience.QualityDimension;
import org.cxkit.core.feedback.CesResponse;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.core.feedback.SurveyResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;
import org.cxkit.core.scale.Scale;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Commitment;
import org.cxkit.core.touchpoint.Device;
import org.cxkit.core.touchpoint.Engagement;
import org.cxkit.core.touchpoint.Exchange;
import org.cxkit.core.touchpoint.Exposure;
import org.cxkit.core.touchpoint.ExposureSource;
import org.cxkit.core.touchpoint.Initiator;
import org.cxkit.core.touchpoint.Interaction;
import org.cxkit.core.touchpoint.JourneyStage;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.core.touchpoint.Touchpoint;
import org.cxkit.core.touchpoint.TouchpointKind;
import org.cxkit.examples.sample.AttributeRating;
import org.cxkit.examples.sample.SampleData;
import org.cxkit.examples.sample.ServqualAnswer;
import org.cxkit.core.result.InvalidValueException;
import org.cxkit.core.result.Reason;
import org.cxkit.core.result.ReasonCode;

/**
 * The cx CSV files, one {@link CsvTable} each, and the readers and writers of a whole folder of
 * them. Every file and column is described in {@code cx-examples/CSV.md}.
 *
 * <pre>{@code
 * BulkResult<CsvRow, List<SurveyResponse>> responses;
 * try (Reader in = Files.newBufferedReader(Path.of("responses.csv"))) {
 *   responses = CsvFiles.RESPONSES.read(in);
 * }
 * responses.setAside().forEach(s -> System.err.println(s.reason())); // line 17: Invalid value for nps score ...
 * }</pre>
 *
 * <p>Formats throughout: instants and dates in ISO-8601 ({@code 2025-03-01T09:30:00Z},
 * {@code 2025-03-01}), durations in ISO-8601 ({@code PT4M30S}), money as an amount column (a plain
 * decimal, {@code 12.50}) beside an ISO 4217 currency column ({@code USD}), names of constants in
 * lower case with hyphens ({@code pre-purchase}), lists in one cell separated by {@code ;}, and
 * attributes as {@code key=value;key=value}.
 */
public final class CsvFiles {
  private CsvFiles() {}

  private static final String INSTANT = "ISO-8601 instant";
  private static final String TEXT = "text";

  private static final String ATTRIBUTES_FORMAT = "key=value pairs separated by ;";

  /** {@code customers.csv}: one row per customer. */
  public static final CsvTable<Customer> CUSTOMERS = new CsvTable<>("customers.csv", List.of(
      required("id", TEXT, "the customer id, unique in the file"),
      optional("persona", TEXT, "the persona, such as ops-lead"),
      optional("plan", TEXT, "the plan, such as team"),
      optional("region", TEXT, "the region, such as EMEA"),
      optional("acquisition_channel", "channel name", "the channel the customer was acquired through"),
      optional("sign_up_date", "ISO-8601 date", "the date the customer signed up"),
      optional("attributes", ATTRIBUTES_FORMAT, "the user's own attributes")),
      CsvFiles::customer,
      c -> List.of(c.id().value(), Fields.format(c.persona()), Fields.format(c.plan()), Fields.format(c.region()),
          Fields.format(c.acquisitionChannel()), Fields.format(c.signUpDate()), Fields.formatAttributes(c.attributes())));

  private static Customer customer(Fields f) {
    return Customer.builder().id(CustomerId.of(f.text("id"))).persona(f.optionalText("persona"))
        .plan(f.optionalText("plan")).region(f.optionalText("region"))
        .acquisitionChannel(f.optionalText("acquisition_channel").map(Channel::of))
        .signUpDate(f.optionalDate("sign_up_date")).putAllAttributes(f.attributes("attributes")).build();
  }

  /** {@code touchpoints.csv}: one row per touchpoint, of any kind (exposure, interaction, engagement). */
  public static final CsvTable<Touchpoint> TOUCHPOINTS = new CsvTable<>("touchpoints.csv", List.of(
      required("id", TEXT, "the touchpoint id, unique among the customer's touchpoints"),
      required("customer", TEXT, "the customer id, as in customers.csv"),
      required("kind", "exposure, interaction or engagement", "the most specific kind"),
      required("occurred_at", INSTANT, "when it happened (its start)"),
      required("channel", "channel name", "where it happened, such as web or live-chat"),
      optional("device", "desktop, mobile, tablet or other", "the device"),
      optional("sources", "brand, product, employee, message; separated by ;", "what the customer was exposed to"),
      required("stage", "pre-purchase, purchase, consumption, post-purchase or exit", "the journey stage"),
      required("team", "team name", "the team that owns it, such as support"),
      optional("initiator", "customer or company", "who started it; required for interactions and engagements, "
          + "empty for exposures"),
      optional("exchange", TEXT, "what was exchanged; interactions and engagements only"),
      optional("duration", "ISO-8601 duration", "how long it lasted; interactions and engagements only"),
      optional("commitment", "commitment name", "what the customer committed to; required for engagements, "
          + "empty otherwise"),
      optional("value_amount", "decimal", "the commitment's value; engagements only"),
      optional("value_currency", "ISO 4217 code", "the currency of value_amount"),
      optional("attributes", ATTRIBUTES_FORMAT, "the user's own attributes, such as campaign=spring")),
      CsvFiles::touchpoint, CsvFiles::touchpointCells);

  private static Touchpoint touchpoint(Fields f) {
    TouchpointKind kind = f.enumValue("kind", TouchpointKind.class);
    String id = f.text("id");
    CustomerId customer = CustomerId.of(f.text("customer"));
    Instant at = f.instant("occurred_at");
    Channel channel = Channel.of(f.text("channel"));
    Optional<Device> device = f.optionalEnum("device", Device.class);
    List<ExposureSource> sources = f.enumList("sources", ExposureSource.class);
    JourneyStage stage = f.enumValue("stage", JourneyStage.class);
    Team team = Team.of(f.text("team"));
    Map<String, String> attributes = f.attributes("attributes");
    Optional<Initiator> initiator = f.optionalEnum("initiator", Initiator.class);
    Optional<String> exchange = f.optionalText("exchange");
    Optional<java.time.Duration> duration = f.optionalDuration("duration");
    Optional<String> commitment = f.optionalText("commitment");
    Optional<org.cxkit.core.money.Money> value = f.optionalMoney("value_amount", "value_currency");
    if (kind != TouchpointKind.ENGAGEMENT) {
      absent(f, "commitment", "only an engagement has one");
      absent(f, "value_amount", "only an engagement has one");
      absent(f, "value_currency", "only an engagement has one");
    }
    if (kind == TouchpointKind.EXPOSURE) {
      absent(f, "initiator", "an exposure is one-way and has none");
      absent(f, "exchange", "an exposure is one-way and has none");
      absent(f, "duration", "only an interaction has one");
      return Exposure.builder().id(id).customer(customer).occurredAt(at).channel(channel).device(device)
          .addAllSources(sources).stage(stage).team(team).putAllAttributes(attributes).build();
    }
    Initiator who = initiator.orElseThrow(() -> Fields.invalid(ReasonCode.MISSING, "initiator",
        "required for an " + Fields.format(kind) + ", customer or company", ""));
    if (kind == TouchpointKind.INTERACTION) {
      return Exchange.builder().id(id).customer(customer).occurredAt(at).channel(channel).device(device)
          .addAllSources(sources).stage(stage).team(team).putAllAttributes(attributes)
          .initiator(who).exchange(exchange).duration(duration).build();
    }
    Commitment what = Commitment.of(commitment.orElseThrow(() -> Fields.invalid(ReasonCode.MISSING, "commitment",
        "required for an engagement", "")));
    return Engagement.builder().id(id).customer(customer).occurredAt(at).channel(channel).device(device)
        .addAllSources(sources).stage(stage).team(team).putAllAttributes(attributes)
        .initiator(who).exchange(exchange).duration(duration).commitment(what).value(value).build();
  }

  private static void absent(Fields f, String column, String why) {
    Optional<String> value = f.optionalText(column);
    if (value.isPresent()) {
      throw Fields.invalid(ReasonCode.INVALID, column, why, value.get());
    }
  }

  private static List<String> touchpointCells(Touchpoint t) {
    String initiator = "";
    String exchange = "";
    String duration = "";
    String commitment = "";
    Optional<org.cxkit.core.money.Money> value = Optional.empty();
    if (t instanceof Interaction i) {
      initiator = Fields.format(i.initiator());
      exchange = Fields.format(i.exchange());
      duration = Fields.format(i.duration());
    }
    if (t instanceof Engagement e) {
      commitment = e.commitment().name();
      value = e.value();
    }
    return List.of(t.id(), t.customer().value(), Fields.format(t.kind()), t.occurredAt().toString(),
        t.channel().name(), Fields.format(t.device()), Fields.formatList(t.sources()), Fields.format(t.stage()),
        t.team().name(), initiator, exchange, duration, commitment, Fields.amount(value), Fields.currency(value),
        Fields.formatAttributes(t.attributes()));
  }

  /** {@code responses.csv}: NPS, CSAT and CES answers in one file, told apart by {@code type}. */
  public static final CsvTable<SurveyResponse> RESPONSES = new CsvTable<>("responses.csv", List.of(
      required("type", "nps, csat or ces", "the question asked"),
      required("customer", TEXT, "the customer id, as in customers.csv"),
      required("answered_at", INSTANT, "when the answer was given"),
      required("score", "whole number on the scale", "the answer"),
      optional("scale", "min-max, such as 1-5", "the scale: nps 0-10 and ces 1-7 always; csat 1-5 unless given"),
      required("survey", "relationship or transactional", "whether the question was about the relationship or "
          + "one touchpoint"),
      optional("touchpoint_id", TEXT, "the touchpoint asked about, as in touchpoints.csv"),
      optional("channel", "channel name", "the channel asked about"),
      optional("team", "team name", "the team asked about"),
      optional("stage", "journey stage", "the journey stage asked about"),
      optional("comment", TEXT, "the customer's comment")),
      CsvFiles::response, CsvFiles::responseCells);

  private static SurveyResponse response(Fields f) {
    String type = f.text("type");
    Optional<Scale> scale = f.optionalText("scale").isPresent() ? Optional.of(f.scale("scale")) : Optional.empty();
    CustomerId customer = CustomerId.of(f.text("customer"));
    Instant at = f.instant("answered_at");
    int score = f.integer("score");
    SurveyKind survey = f.enumValue("survey", SurveyKind.class);
    Optional<String> touchpoint = f.optionalText("touchpoint_id");
    Optional<Channel> channel = f.optionalText("channel").map(Channel::of);
    Optional<Team> team = f.optionalText("team").map(Team::of);
    Optional<JourneyStage> stage = f.optionalEnum("stage", JourneyStage.class);
    Optional<String> comment = f.optionalText("comment");
    switch (type) {
      case "nps":
        fixedScale(scale, Scale.ZERO_TO_TEN, type);
        return NpsResponse.builder().customer(customer).answeredAt(at).score(score).survey(survey)
            .touchpointId(touchpoint).channel(channel).team(team).stage(stage).comment(comment).build();
      case "csat":
        return CsatResponse.builder().customer(customer).answeredAt(at).score(score).scale(scale.orElse(Scale.ONE_TO_FIVE))
            .survey(survey).touchpointId(touchpoint).channel(channel).team(team).stage(stage).comment(comment).build();
      case "ces":
        fixedScale(scale, Scale.ONE_TO_SEVEN, type);
        return CesResponse.builder().customer(customer).answeredAt(at).score(score).survey(survey)
            .touchpointId(touchpoint).channel(channel).team(team).stage(stage).comment(comment).build();
      default:
        throw Fields.invalid(ReasonCode.MALFORMED, "type", "expected nps, csat or ces", type);
    }
  }

  private static void fixedScale(Optional<Scale> given, Scale fixed, String type) {
    if (given.isPresent() && !given.get().equals(fixed)) {
      throw Fields.invalid(ReasonCode.OUT_OF_RANGE, "scale", type + " is always on " + fixed, given.get().toString());
    }
  }

  private static List<String> responseCells(SurveyResponse r) {
    String type;
    if (r instanceof NpsResponse) {
      type = "nps";
    } else if (r instanceof CsatResponse) {
      type = "csat";
    } else if (r instanceof CesResponse) {
      type = "ces";
    } else {
      throw new AssertionError(r);
    }
    return List.of(type, r.customer().value(), r.answeredAt().toString(), Integer.toString(r.score()),
        r.scale().toString(), Fields.format(r.survey()), Fields.format(r.touchpointId()), Fields.format(r.channel()),
        Fields.format(r.team()), Fields.format(r.stage()), Fields.format(r.comment()));
  }

  /** {@code tickets.csv}: one row per support ticket. */
  public static final CsvTable<Ticket> TICKETS = new CsvTable<>("tickets.csv", List.of(
      required("id", TEXT, "the ticket id, unique in the file"),
      required("customer", TEXT, "the customer id, as in customers.csv"),
      required("category", TEXT, "the category, such as billing or login"),
      required("channel", "channel name", "the channel it came through"),
      optional("team", "team name", "the team handling it"),
      optional("agent", TEXT, "the agent handling it"),
      required("opened_at", INSTANT, "when it was opened"),
      optional("first_response_at", INSTANT, "when the company first replied; empty if nobody has"),
      optional("resolutions", "ISO-8601 instants separated by ;", "every time it was marked resolved, in time order"),
      optional("reopenings", "ISO-8601 instants separated by ;", "every time it was reopened, in time order; "
          + "alternating with resolutions, starting with a resolution"),
      optional("contacts", "whole number, at least 1", "contacts the customer made about it; 1 if empty"),
      optional("agent_replies", "whole number, 0 or more", "replies agents sent")),
      CsvFiles::ticket,
      t -> List.of(t.id(), t.customer().value(), t.category(), t.channel().name(), Fields.format(t.team()),
          Fields.format(t.agent()), t.openedAt().toString(), Fields.format(t.firstResponseAt()),
          Fields.formatList(t.resolutions()), Fields.formatList(t.reopenings()), Integer.toString(t.contacts()),
          Fields.format(t.agentReplies())));

  private static Ticket ticket(Fields f) {
    return Ticket.builder().id(f.text("id")).customer(CustomerId.of(f.text("customer"))).category(f.text("category"))
        .channel(Channel.of(f.text("channel"))).team(f.optionalText("team").map(Team::of)).agent(f.optionalText("agent"))
        .openedAt(f.instant("opened_at")).firstResponseAt(f.optionalInstant("first_response_at"))
        .resolutions(f.instants("resolutions")).reopenings(f.instants("reopenings"))
        .contacts(f.optionalInteger("contacts").orElse(1)).agentReplies(f.optionalInteger("agent_replies")).build();
  }

  /** {@code purchases.csv}: one row per one-off purchase. */
  public static final CsvTable<Purchase> PURCHASES = new CsvTable<>("purchases.csv", List.of(
      required("customer", TEXT, "the customer id, as in customers.csv"),
      required("purchased_at", INSTANT, "when the purchase was made"),
      required("amount", "decimal, 0 or more", "what was paid"),
      required("currency", "ISO 4217 code", "the currency of amount"),
      optional("order_id", TEXT, "the order id"),
      optional("channel", "channel name", "the channel it was made through")),
      f -> Purchase.builder().customer(CustomerId.of(f.text("customer"))).purchasedAt(f.instant("purchased_at"))
          .amount(f.money("amount", "currency")).orderId(f.optionalText("order_id"))
          .channel(f.optionalText("channel").map(Channel::of)).build(),
      p -> List.of(p.customer().value(), p.purchasedAt().toString(), p.amount().amount().toPlainString(),
          p.amount().currency().getCurrencyCode(), Fields.format(p.orderId()), Fields.format(p.channel())));

  /** {@code subscriptions.csv}: one row per subscription; its revenue is in {@link #REVENUE_CHANGES}. */
  public static final CsvTable<SubscriptionRow> SUBSCRIPTIONS = new CsvTable<>("subscriptions.csv", List.of(
      required("id", TEXT, "the subscription id, unique in the file"),
      required("customer", TEXT, "the customer id, as in customers.csv"),
      required("product", TEXT, "the product subscribed to"),
      required("started_at", INSTANT, "the first instant it is active"),
      optional("ended_at", INSTANT, "the first instant it is no longer active; empty if still active"),
      optional("churn_reason", "churn reason name", "why the customer left, such as price; ended subscriptions only")),
      f -> new SubscriptionRow(f.text("id"), CustomerId.of(f.text("customer")), f.text("product"),
          f.instant("started_at"), f.optionalInstant("ended_at"), f.optionalText("churn_reason").map(ChurnReason::of)),
      s -> List.of(s.id(), s.customer().value(), s.product(), s.startedAt().toString(), Fields.format(s.endedAt()),
          Fields.format(s.churnReason())));

  /** {@code revenue_changes.csv}: the recurring revenue of each subscription over time. */
  public static final CsvTable<RevenueChangeRow> REVENUE_CHANGES = new CsvTable<>("revenue_changes.csv", List.of(
      required("subscription_id", TEXT, "the subscription, as in subscriptions.csv"),
      required("effective_from", INSTANT, "when the amount starts to apply; the first change is at started_at"),
      required("amount", "decimal, 0 or more", "the recurring revenue per month from then on"),
      required("currency", "ISO 4217 code", "the currency of amount, the same for all changes of a subscription")),
      f -> new RevenueChangeRow(f.text("subscription_id"),
          RevenueChange.of(f.instant("effective_from"), f.money("amount", "currency"))),
      r -> List.of(r.subscriptionId(), r.change().effectiveFrom().toString(),
          r.change().recurring().amount().toPlainString(), r.change().recurring().currency().getCurrencyCode()));

  /** {@code servqual.csv}: one row per SERVQUAL respondent and quality dimension. */
  public static final CsvTable<ServqualAnswer> SERVQUAL = new CsvTable<>("servqual.csv", List.of(
      required("customer", TEXT, "the respondent, as in customers.csv"),
      required("answered_at", INSTANT, "when the survey was answered; with customer, identifies the survey"),
      required("dimension", "tangibles, reliability, responsiveness, assurance or empathy (or a name of your own)",
          "the quality dimension; once per survey"),
      required("desired", "whole number 1-7", "the desired expectation"),
      required("adequate", "whole number 1-7", "the adequate (least acceptable) expectation"),
      required("perceived", "whole number 1-7", "the perception of the service received"),
      required("importance", "whole number 0-100", "importance points; a survey's rows sum to 100")),
      f -> ServqualAnswer.of(CustomerId.of(f.text("customer")), f.instant("answered_at"),
          QualityDimension.of(f.text("dimension")), f.integer("desired"), f.integer("adequate"), f.integer("perceived"),
          f.integer("importance")),
      a -> List.of(a.customer().value(), a.answeredAt().toString(), a.dimension().name(), Integer.toString(a.desired()),
          Integer.toString(a.adequate()), Integer.toString(a.perceived()), Integer.toString(a.importance())));

  /**
   * {@code attribute_ratings.csv}: one row per respondent, survey and attribute rated, the survey's
   * likelihood-to-recommend answer being the NPS response of the same customer at the same instant.
   */
  public static final CsvTable<AttributeRating> ATTRIBUTE_RATINGS = new CsvTable<>("attribute_ratings.csv", List.of(
      required("customer", TEXT, "the respondent, as in customers.csv"),
      required("answered_at", INSTANT, "when the survey was answered; with customer, identifies the survey, and its "
          + "likelihood to recommend is the nps answer in responses.csv with the same customer and answered_at"),
      required("attribute", TEXT, "the attribute rated, such as ease-of-use; once per survey"),
      optional("rating", "whole number on the scale", "the rating; empty if the respondent skipped it (don't know, "
          + "not applicable)"),
      optional("scale", "min-max, such as 1-5", "the scale of the rating; 1-5 unless given")),
      f -> new AttributeRating(CustomerId.of(f.text("customer")), f.instant("answered_at"), f.text("attribute"),
          f.optionalInteger("rating"),
          f.optionalText("scale").isPresent() ? f.scale("scale") : AttributeRating.DEFAULT_SCALE),
      a -> List.of(a.customer().value(), a.answeredAt().toString(), a.attribute(), Fields.format(a.rating()),
          a.scale().toString()));

  /**
   * Returns every table, in the order the files are read and documented.
   *
   * @return the nine tables
   */
  public static List<CsvTable<?>> tables() {
    return List.of(CUSTOMERS, TOUCHPOINTS, RESPONSES, TICKETS, PURCHASES, SUBSCRIPTIONS, REVENUE_CHANGES, SERVQUAL,
        ATTRIBUTE_RATINGS);
  }

  /**
   * Reads subscriptions from the two files that hold them, joining each subscription row with its
   * revenue changes (taken in time order). A subscription whose revenue breaks a rule of
   * {@link Subscription} is set aside with the rule; revenue changes of a subscription that is
   * missing or set aside are set aside too, so that nothing is lost.
   *
   * @param subscriptions the text of {@code subscriptions.csv}; not closed
   * @param revenueChanges the text of {@code revenue_changes.csv}; not closed
   * @return the subscriptions, in the order of their rows, and every row of either file set aside
   * @throws CsvHeaderException if a header is wrong
   */
  public static BulkResult<CsvRow, List<Subscription>> readSubscriptions(Reader subscriptions, Reader revenueChanges) {
    Rows<SubscriptionRow> subs = SUBSCRIPTIONS.readRows(subscriptions);
    Rows<RevenueChangeRow> changes = REVENUE_CHANGES.readRows(revenueChanges);
    Rows<Subscription> joined = join(subs, changes);
    return merged(joined.values(), List.of(joined, changes));
  }

  private static Rows<Subscription> join(Rows<SubscriptionRow> subs, Rows<RevenueChangeRow> changes) {
    Set<String> seen = new HashSet<>();
    subs.setAsideIf((row, s) -> seen.add(s.id()) ? Optional.empty()
        : Optional.of(Fields.invalid(ReasonCode.DUPLICATE, "id", "each subscription once", s.id()).reason()));
    Map<String, List<RevenueChange>> bySubscription = new HashMap<>();
    for (RevenueChangeRow c : changes.values()) {
      bySubscription.computeIfAbsent(c.subscriptionId(), k -> new ArrayList<>()).add(c.change());
    }
    Rows<Subscription> built = new Rows<>();
    Map<String, Long> failedAt = new HashMap<>();
    List<CsvRow> rows = subs.rows();
    List<SubscriptionRow> values = subs.values();
    List<Long> positions = subs.positions();
    for (int i = 0; i < values.size(); i++) {
      SubscriptionRow s = values.get(i);
      List<RevenueChange> revenue = new ArrayList<>(bySubscription.getOrDefault(s.id(), List.of()));
      revenue.sort(Comparator.comparing(RevenueChange::effectiveFrom));
      try {
        built.use(positions.get(i), rows.get(i), Subscription.builder().id(s.id()).customer(s.customer()).product(s.product())
            .startedAt(s.startedAt()).endedAt(s.endedAt()).churnReason(s.churnReason()).revenue(revenue).build());
      } catch (InvalidValueException e) {
        built.setAside(positions.get(i), rows.get(i), e);
        failedAt.put(s.id(), rows.get(i).line());
      }
    }
    subs.setAside().forEach(built::carry);
    changes.setAsideIf((row, c) -> failedAt.containsKey(c.subscriptionId())
        ? reason(ReasonCode.INVALID, "subscription_id", "its subscription, subscriptions.csv line "
            + failedAt.get(c.subscriptionId()) + ", was set aside", c.subscriptionId())
        : seen.contains(c.subscriptionId()) ? Optional.empty()
        : reason(ReasonCode.of("unknown-subscription"), "subscription_id", "not in subscriptions.csv", c.subscriptionId()));
    return built;
  }

  /** Puts the rows of several files into one result: every row used or set aside counts once. */
  private static <R> BulkResult<CsvRow, R> merged(R value, List<Rows<?>> files) {
    long used = 0;
    List<SetAside<CsvRow>> setAside = new ArrayList<>();
    for (Rows<?> rows : files) {
      used += rows.values().size();
      setAside.addAll(rows.toBulkResult().setAside());
    }
    return BulkResult.of(value, used, setAside);
  }

  /**
   * Writes subscriptions to the two files that hold them.
   *
   * @param subscriptions the subscriptions
   * @param subscriptionsOut where {@code subscriptions.csv} goes; flushed, not closed
   * @param revenueChangesOut where {@code revenue_changes.csv} goes; flushed, not closed
   */
  public static void writeSubscriptions(List<Subscription> subscriptions, Appendable subscriptionsOut,
      Appendable revenueChangesOut) {
    List<SubscriptionRow> rows = new ArrayList<>();
    List<RevenueChangeRow> changes = new ArrayList<>();
    for (Subscription s : subscriptions) {
      rows.add(SubscriptionRow.from(s));
      changes.addAll(RevenueChangeRow.from(s));
    }
    SUBSCRIPTIONS.write(rows, subscriptionsOut);
    REVENUE_CHANGES.write(changes, revenueChangesOut);
  }

  /**
   * Reads a whole data set from a folder of cx CSV files. {@code customers.csv} is required; every
   * other file may be absent (it then has no rows). Beyond each file's own rules, rows are checked
   * across files: a row whose customer is not in {@code customers.csv} is set aside, as is a second
   * row with the id of an earlier one (customers, touchpoints of one customer, tickets,
   * subscriptions), a SERVQUAL survey (one customer, one {@code answered_at}) with a dimension
   * twice or importance points not summing to 100 is set aside whole, and so is every row of an
   * attribute that a survey of attribute ratings names twice (the attribute then counts as
   * unanswered in that survey).
   *
   * @param dir the folder
   * @return the data from every row used, and every row of every file set aside, each with its
   *     file, line and reason
   * @throws CsvHeaderException if a header is wrong or a file is not CSV
   * @throws UncheckedIOException if {@code customers.csv} is missing or a file cannot be read
   */
  public static BulkResult<CsvRow, SampleData> readFolder(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return read(file -> {
      Path path = dir.resolve(file);
      if (!Files.exists(path) && !file.equals(CUSTOMERS.file())) {
        return Optional.empty();
      }
      try {
        return Optional.of(Files.newBufferedReader(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path + ": " + e, e);
      }
    });
  }

  /**
   * Reads a whole data set from files opened by name, as {@link #readFolder} does.
   *
   * @param open opens a file by its name, or returns empty if it is absent; each reader is closed here
   * @return the data and every row set aside
   * @throws CsvHeaderException if a header is wrong or a file is not CSV
   */
  public static BulkResult<CsvRow, SampleData> read(Function<String, Optional<Reader>> open) {
    Objects.requireNonNull(open, "open");
    Rows<Customer> customers = rows(CUSTOMERS, open);
    Rows<Touchpoint> touchpoints = rows(TOUCHPOINTS, open);
    Rows<SurveyResponse> responses = rows(RESPONSES, open);
    Rows<Ticket> tickets = rows(TICKETS, open);
    Rows<Purchase> purchases = rows(PURCHASES, open);
    Rows<SubscriptionRow> subscriptionRows = rows(SUBSCRIPTIONS, open);
    Rows<RevenueChangeRow> changes = rows(REVENUE_CHANGES, open);
    Rows<ServqualAnswer> servqual = rows(SERVQUAL, open);
    Rows<AttributeRating> ratings = rows(ATTRIBUTE_RATINGS, open);

    Set<CustomerId> known = new HashSet<>();
    customers.setAsideIf((row, c) -> known.add(c.id()) ? Optional.empty()
        : reason(ReasonCode.DUPLICATE, "id", "each customer once", c.id().value()));
    Set<String> touchpointIds = new HashSet<>();
    touchpoints.setAsideIf((row, t) -> unknown(known, t.customer())
        .or(() -> touchpointIds.add(t.customer().value() + '\u0000' + t.id()) ? Optional.empty()
            : reason(ReasonCode.DUPLICATE, "id", "each touchpoint of a customer once", t.id())));
    responses.setAsideIf((row, r) -> unknown(known, r.customer()));
    Set<String> ticketIds = new HashSet<>();
    tickets.setAsideIf((row, t) -> unknown(known, t.customer())
        .or(() -> ticketIds.add(t.id()) ? Optional.empty()
            : reason(ReasonCode.DUPLICATE, "id", "each ticket once", t.id())));
    purchases.setAsideIf((row, p) -> unknown(known, p.customer()));
    subscriptionRows.setAsideIf((row, s) -> unknown(known, s.customer()));
    Rows<Subscription> subscriptions = join(subscriptionRows, changes);
    servqual.setAsideIf((row, a) -> unknown(known, a.customer()));
    checkSurveys(servqual);
    ratings.setAsideIf((row, a) -> unknown(known, a.customer()));
    checkRatings(ratings);

    SampleData data = SampleData.of(customers.values(), touchpoints.values(), responses.values(), tickets.values(),
        purchases.values(), subscriptions.values(), servqual.values(), ratings.values());
    return merged(data, List.of(customers, touchpoints, responses, tickets, purchases, subscriptions, changes, servqual,
        ratings));
  }

  private static Optional<Reason> unknown(Set<CustomerId> known, CustomerId customer) {
    return known.contains(customer) ? Optional.empty()
        : reason(ReasonCode.UNKNOWN_CUSTOMER, "customer", "not in customers.csv", customer.value());
  }

  private static Optional<Reason> reason(ReasonCode code, String column, String rule, String value) {
    return Optional.of(Fields.invalid(code, column, rule, value).reason());
  }

  /** Sets aside whole SERVQUAL surveys whose importance points do not sum to 100 or that repeat a dimension. */
  private static void checkSurveys(Rows<ServqualAnswer> servqual) {
    Map<String, Integer> sums = new LinkedHashMap<>();
    Map<String, Set<QualityDimension>> dimensions = new HashMap<>();
    Set<String> repeated = new HashSet<>();
    for (ServqualAnswer a : servqual.values()) {
      String key = a.customer().value() + " at " + a.answeredAt();
      sums.merge(key, a.importance(), Integer::sum);
      if (!dimensions.computeIfAbsent(key, k -> new HashSet<>()).add(a.dimension())) {
        repeated.add(key);
      }
    }
    servqual.setAsideIf((row, a) -> {
      String key = a.customer().value() + " at " + a.answeredAt();
      if (repeated.contains(key)) {
        return reason(ReasonCode.DUPLICATE, "dimension", "once per survey, the survey of " + key + " has one twice",
            a.dimension().toString());
      }
      int sum = sums.get(key);
      return sum == 100 ? Optional.empty()
          : Optional.of(Reason.of(ReasonCode.OUT_OF_RANGE, "importance", "Invalid value for importance (the points of a"
              + " survey sum to 100, the survey of " + key + " sums to " + sum + "): " + a.importance()));
    });
  }

  /**
   * Sets aside every row of an attribute that a survey of attribute ratings names more than once:
   * which of its ratings stands cannot be told, so the attribute counts as unanswered there.
   */
  private static void checkRatings(Rows<AttributeRating> ratings) {
    Map<String, Integer> times = new HashMap<>();
    for (AttributeRating a : ratings.values()) {
      times.merge(a.customer().value() + " at " + a.answeredAt() + '\u0000' + a.attribute(), 1, Integer::sum);
    }
    ratings.setAsideIf((row, a) -> {
      int n = times.get(a.customer().value() + " at " + a.answeredAt() + '\u0000' + a.attribute());
      return n == 1 ? Optional.empty() : reason(ReasonCode.DUPLICATE, "attribute", "once per survey, the survey of "
          + a.customer().value() + " at " + a.answeredAt() + " has it " + n + " times", a.attribute());
    });
  }

  private static <T> Rows<T> rows(CsvTable<T> table, Function<String, Optional<Reader>> open) {
    Optional<Reader> in = open.apply(table.file());
    if (in.isEmpty()) {
      return new Rows<>();
    }
    try (Reader reader = in.get()) {
      return table.readRows(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(table.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a whole data set as the nine cx CSV files in a folder, creating it if needed and
   * replacing files of the same names.
   *
   * @param data the data
   * @param dir the folder
   * @throws UncheckedIOException if writing fails
   */
  public static void writeFolder(SampleData data, Path dir) {
    Objects.requireNonNull(data, "data");
    try {
      Files.createDirectories(dir);
      try (Writer out = writer(dir, CUSTOMERS)) {
        CUSTOMERS.write(data.customers(), out);
      }
      try (Writer out = writer(dir, TOUCHPOINTS)) {
        TOUCHPOINTS.write(data.touchpoints(), out);
      }
      try (Writer out = writer(dir, RESPONSES)) {
        RESPONSES.write(data.responses(), out);
      }
      try (Writer out = writer(dir, TICKETS)) {
        TICKETS.write(data.tickets(), out);
      }
      try (Writer out = writer(dir, PURCHASES)) {
        PURCHASES.write(data.purchases(), out);
      }
      try (Writer subs = writer(dir, SUBSCRIPTIONS); Writer changes = writer(dir, REVENUE_CHANGES)) {
        writeSubscriptions(data.subscriptions(), subs, changes);
      }
      try (Writer out = writer(dir, SERVQUAL)) {
        SERVQUAL.write(data.servqual(), out);
      }
      try (Writer out = writer(dir, ATTRIBUTE_RATINGS)) {
        ATTRIBUTE_RATINGS.write(data.attributeRatings(), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + dir + ": " + e, e);
    }
  }

  private static Writer writer(Path dir, CsvTable<?> table) throws IOException {
    return Files.newBufferedWriter(dir.resolve(table.file()), StandardCharsets.UTF_8);
  }
}
