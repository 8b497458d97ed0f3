package org.cxkit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.feedback.SurveyResponse;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.result.SetAside;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad field is set aside with its line and a reason naming the column and the value;
 * good rows are kept; used plus set aside equals the rows given; a bad header raises an exception
 * naming the file and the column.
 */
class MalformedRowsTest {

  private static <T> BulkResult<CsvRow, List<T>> read(CsvTable<T> table, String... lines) {
    return table.read(new StringReader(String.join("\n", lines) + "\n"));
  }

  private static List<String> reasons(BulkResult<CsvRow, ?> result) {
    List<String> reasons = new ArrayList<>();
    for (SetAside<CsvRow> s : result.setAside()) {
      reasons.add(s.reason().message());
    }
    return reasons;
  }

  private static List<String> codes(BulkResult<CsvRow, ?> result) {
    List<String> codes = new ArrayList<>();
    for (SetAside<CsvRow> s : result.setAside()) {
      codes.add(s.code().name());
    }
    return codes;
  }

  private static final String RESPONSES_HEADER =
      "type,customer,answered_at,score,scale,survey,touchpoint_id,channel,team,stage,comment";

  @Test
  void badResponsesAreSetAsideWithLineAndReason() {
    BulkResult<CsvRow, List<SurveyResponse>> result = read(CsvFiles.RESPONSES,
        RESPONSES_HEADER,
        "nps,c-1,2025-01-01T10:00:00Z,9,0-10,relationship,,,,,",
        "nps,c-1,2025-01-01T10:00:00Z,11,,relationship,,,,,",
        "nps,c-1,2025-01-01T10:00:00Z,nine,,relationship,,,,,",
        "csat,c-1,yesterday,4,1-5,transactional,t-1,phone,support,post-purchase,",
        "csat,c-1,2025-01-01T10:00:00Z,6,1-5,transactional,t-1,phone,support,post-purchase,",
        "csat,c-1,2025-01-01T10:00:00Z,9,1-10,transactional,t-1,phone,support,post-purchase,fine",
        "ces,c-1,2025-01-01T10:00:00Z,5,1-5,transactional,,,,,",
        "star,c-1,2025-01-01T10:00:00Z,5,,transactional,,,,,",
        "nps,,2025-01-01T10:00:00Z,5,,transactional,,,,,",
        "nps,c-1,2025-01-01T10:00:00Z,5,,weekly,,,,,",
        "nps,c-1,2025-01-01T10:00:00Z,5,,relationship,,,,someday,",
        "nps,c-1,2025-01-01T10:00:00Z,5,,relationship",
        "ces,c-2,2025-01-01T10:00:00Z,7,,transactional,t-9,web,product,consumption,\"easy, \"\"really\"\"\"");
    assertEquals(List.of(
        "line 3: Invalid value for nps score (valid values 0 - 10): 11",
        "line 4: Invalid value for score (expected a whole number): \"nine\"",
        "line 5: Invalid value for answered_at (expected an ISO-8601 instant such as 2025-03-01T09:30:00Z): \"yesterday\"",
        "line 6: Invalid value for csat score (valid values 1 - 5): 6",
        "line 8: Invalid value for scale (ces is always on 1-7): \"1-5\"",
        "line 9: Invalid value for type (expected nps, csat or ces): \"star\"",
        "line 10: Invalid value for customer (required, must not be empty): \"\"",
        "line 11: Invalid value for survey (expected one of relationship, transactional): \"weekly\"",
        "line 12: Invalid value for stage (expected one of pre-purchase, purchase, consumption, post-purchase, exit): "
            + "\"someday\"",
        "line 13: Invalid value for number of fields (expected 11, as in the header): 6"), reasons(result));
    // Each reason carries a code to count by, and names its field after the file: the column where the row did
    // not parse, the cx-core field where the value broke a rule of the type it makes.
    assertEquals(List.of("out-of-range", "not-a-number", "malformed", "out-of-range", "out-of-range", "malformed",
        "missing", "malformed", "malformed", "malformed"), codes(result));
    assertEquals("responses.csv:nps score", result.setAside().get(0).reason().field());
    assertEquals("responses.csv:answered_at", result.setAside().get(2).reason().field());
    assertEquals(3, result.usedCount());
    assertEquals(13, result.givenCount());
    assertEquals(9, result.value().get(1).score());
    assertEquals(Optional.of("easy, \"really\""), result.value().get(2).comment());
    SetAside<CsvRow> first = result.setAside().get(0);
    assertEquals(3, first.item().line());
    assertEquals("responses.csv", first.item().file());
    assertEquals("11", first.item().values().get("score"));
    assertEquals(1, first.position());
  }

  @Test
  void lineNumbersCountQuotedLineBreaksAndBlankLines() {
    BulkResult<CsvRow, List<SurveyResponse>> result = read(CsvFiles.RESPONSES,
        RESPONSES_HEADER,
        "nps,c-1,2025-01-01T10:00:00Z,9,,relationship,,,,,\"two",
        "lines\"",
        "",
        "nps,c-1,2025-01-01T10:00:00Z,12,,relationship,,,,,",
        "nps,c-1,2025-01-01T10:00:00Z,-1,,relationship,,,,,\"three",
        "",
        "lines\"",
        "nps,c-1,2025-01-01T10:00:00Z,x,,relationship,,,,,");
    assertEquals(List.of(
        "line 5: Invalid value for nps score (valid values 0 - 10): 12",
        "line 6: Invalid value for nps score (valid values 0 - 10): -1",
        "line 9: Invalid value for score (expected a whole number): \"x\""), reasons(result));
    assertEquals(Optional.of("two\nlines"), result.value().get(0).comment());
    assertEquals(4, result.givenCount());
  }

  @Test
  void badTouchpointsAreSetAside() {
    BulkResult<CsvRow, ?> result = read(CsvFiles.TOUCHPOINTS,
        "id,customer,kind,occurred_at,channel,device,sources,stage,team,initiator,exchange,duration,commitment,"
            + "value_amount,value_currency,attributes",
        "t-1,c-1,exposure,2025-01-01T10:00:00Z,email,desktop,message,pre-purchase,marketing,,,,,,,campaign=x",
        "t-2,c-1,exposure,2025-01-01T10:00:00Z,email,,,pre-purchase,marketing,customer,,,,,,",
        "t-3,c-1,engagement,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,,,,,,",
        "t-4,c-1,visit,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,,,,,,",
        "t-5,c-1,interaction,2025-01-01T10:00:00Z,web,laptop,,consumption,product,customer,,,,,,",
        "t-6,c-1,interaction,2025-01-01T10:00:00Z,phone,,,post-purchase,support,customer,,5 minutes,,,,",
        "t-7,c-1,interaction,2025-01-01T10:00:00Z,phone,,,post-purchase,support,customer,,-PT5M,,,,",
        "t-8,c-1,exposure,2025-01-01T10:00:00Z,email,,flyer,pre-purchase,marketing,,,,,,,",
        "t-9,c-1,engagement,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,,,purchase,12.50,,",
        "t-10,c-1,engagement,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,,,purchase,12.50,usd,",
        "t-11,c-1,engagement,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,,,purchase,-3,EUR,",
        "t-12,c-1,interaction,2025-01-01T10:00:00Z,web,,,consumption,product,,,,,,,",
        "t-13,c-1,interaction,2025-01-01T10:00:00Z,web,,,consumption,product,customer,,,,,,campaign",
        "t-14,c-1,engagement,2025-01-01T10:00:00Z,web,,,purchase,sales,customer,bought,PT2M,purchase,12.50,EUR,");
    assertEquals(List.of(
        "line 3: Invalid value for initiator (an exposure is one-way and has none): \"customer\"",
        "line 4: Invalid value for commitment (required for an engagement): \"\"",
        "line 5: Invalid value for kind (expected one of exposure, interaction, engagement): \"visit\"",
        "line 6: Invalid value for device (expected one of desktop, mobile, tablet, other): \"laptop\"",
        "line 7: Invalid value for duration (expected an ISO-8601 duration such as PT4M30S): \"5 minutes\"",
        "line 8: Invalid value for duration (must not be negative): PT-5M",
        "line 9: Invalid value for sources (expected items separated by ; from brand, product, employee, message): "
            + "\"flyer\"",
        "line 10: Invalid value for value_currency (required when value_amount is given): \"\"",
        "line 11: Invalid value for value_currency (expected an ISO 4217 code such as USD): \"usd\"",
        "line 12: Invalid value for value (must not be negative): -3",
        "line 13: Invalid value for initiator (required for an interaction, customer or company): \"\"",
        "line 14: Invalid value for attributes (expected key=value pairs separated by ;): \"campaign\""),
        reasons(result));
    assertEquals(2, result.usedCount());
    assertEquals(14, result.givenCount());
  }

  @Test
  void badTicketsPurchasesAndServqualRowsAreSetAside() {
    BulkResult<CsvRow, ?> tickets = read(CsvFiles.TICKETS,
        "id,customer,category,channel,opened_at,first_response_at,resolutions,reopenings,contacts",
        "T-1,c-1,login,email,2025-01-01T10:00:00Z,2025-01-01T11:00:00Z,2025-01-01T12:00:00Z;2025-01-03T12:00:00Z,"
            + "2025-01-02T12:00:00Z,2",
        "T-2,c-1,login,email,2025-01-01T10:00:00Z,2025-01-01T09:00:00Z,,,",
        "T-3,c-1,login,email,2025-01-01T10:00:00Z,,,2025-01-02T12:00:00Z,",
        "T-4,c-1,login,email,2025-01-01T10:00:00Z,,2025-01-02T12:00:00Z;soon,,",
        "T-5,c-1,login,email,2025-01-01T10:00:00Z,,,,0");
    assertEquals(List.of(
        "line 3: Invalid value for firstResponseAt (must not be before openedAt 2025-01-01T10:00:00Z): "
            + "2025-01-01T09:00:00Z",
        "line 4: Invalid value for reopenings (a ticket is reopened only after a resolution, so at most 0): 1 reopenings",
        "line 5: Invalid value for resolutions (expected ISO-8601 instants separated by ;): \"soon\"",
        "line 6: Invalid value for contacts (must be at least 1): 0"), reasons(tickets));
    assertEquals(1, tickets.usedCount());

    BulkResult<CsvRow, ?> purchases = read(CsvFiles.PURCHASES,
        "customer,purchased_at,amount,currency",
        "c-1,2025-01-01T10:00:00Z,19.99,USD",
        "c-1,2025-01-01T10:00:00Z,-5.00,USD",
        "c-1,2025-01-01T10:00:00Z,a lot,USD",
        "c-1,2025-01-01T10:00:00Z,5,XYZ",
        "c-1,2025-01-01T10:00:00Z,,USD",
        "c-1,2025-01-01T10:00:00Z,1.555,USD",
        "c-1,2025-01-01T10:00:00Z,1.5,JPY",
        "c-1,2025-01-01T10:00:00Z,1e3,USD");
    // A cent has two digits and a yen none: more is a precision error in the amount, never a bad currency.
    assertEquals(List.of(
        "line 3: Invalid value for amount (must not be negative): -5.00",
        "line 4: Invalid value for amount (expected a decimal number such as 12.50): \"a lot\"",
        "line 5: Invalid value for currency (expected an ISO 4217 code such as USD): \"XYZ\"",
        "line 6: Invalid value for amount (required when currency is given): \"\"",
        "line 7: Invalid value for amount (at most 2 fraction digits in USD): 1.555",
        "line 8: Invalid value for amount (at most 0 fraction digits in JPY): 1.5",
        "line 9: Invalid value for amount (expected a decimal number such as 12.50): \"1e3\""), reasons(purchases));
    assertEquals(List.of("out-of-range", "not-a-number", "malformed", "missing", "precision", "precision",
        "not-a-number"), codes(purchases));
    assertEquals("purchases.csv:amount", purchases.setAside().get(4).reason().field());

    BulkResult<CsvRow, ?> servqual = read(CsvFiles.SERVQUAL,
        "customer,answered_at,dimension,desired,adequate,perceived,importance",
        "c-1,2025-01-01T10:00:00Z,reliability,7,5,8,40",
        "c-1,2025-01-01T10:00:00Z,empathy,7,5,6,101",
        "c-1,2025-01-01T10:00:00Z,tangibles,7,0,6,10");
    assertEquals(List.of(
        "line 2: Invalid value for perceived (valid values 1 - 7): 8",
        "line 3: Invalid value for importance (valid values 0 - 100): 101",
        "line 4: Invalid value for adequate (valid values 1 - 7): 0"), reasons(servqual));
    assertEquals(List.of("out-of-range", "out-of-range", "out-of-range"), codes(servqual));
  }

  @Test
  void badCustomersAreSetAside() {
    BulkResult<CsvRow, ?> customers = read(CsvFiles.CUSTOMERS,
        "id,persona,plan,region,acquisition_channel,sign_up_date,attributes",
        "c-1,founder,team,EMEA,web,2025-01-31,employees=11-50;industry=retail",
        "c-2,founder,team,EMEA,web,2025-02-30,",
        "c-3,founder,team,EMEA,web,31/01/2025,",
        "c-4,founder,team,EMEA,web,,employees=1;employees=2",
        "c-5,founder,team,EMEA,web,,=retail",
        ",founder,team,EMEA,web,,");
    assertEquals(List.of(
        "line 3: Invalid value for sign_up_date (expected an ISO-8601 date such as 2025-03-01): \"2025-02-30\"",
        "line 4: Invalid value for sign_up_date (expected an ISO-8601 date such as 2025-03-01): \"31/01/2025\"",
        "line 5: Invalid value for attributes (each key once): \"employees=2\"",
        "line 6: Invalid value for attributes (expected key=value pairs separated by ;): \"=retail\"",
        "line 7: Invalid value for id (required, must not be empty): \"\""), reasons(customers));
    assertEquals(1, customers.usedCount());
    assertEquals(6, customers.givenCount());
  }

  @Test
  void subscriptionsAreJoinedWithTheirRevenueAndBadOnesSetAsideWithTheirChanges() {
    String subscriptions = String.join("\n",
        "id,customer,product,started_at,ended_at,churn_reason",
        "s-1,c-1,cx-cloud,2025-01-01T00:00:00Z,2025-06-01T00:00:00Z,price",
        "s-2,c-1,cx-cloud,2025-01-01T00:00:00Z,2024-06-01T00:00:00Z,",
        "s-3,c-1,cx-cloud,2025-01-01T00:00:00Z,,price",
        "s-4,c-1,cx-cloud,2025-01-01T00:00:00Z,,",
        "s-5,c-1,cx-cloud,2025-01-01T00:00:00Z,,",
        "s-1,c-1,cx-cloud,2025-01-01T00:00:00Z,,");
    String changes = String.join("\n",
        "subscription_id,effective_from,amount,currency",
        "s-1,2025-03-01T00:00:00Z,150,USD",
        "s-1,2025-01-01T00:00:00Z,100,USD",
        "s-2,2025-01-01T00:00:00Z,100,USD",
        "s-3,2025-01-01T00:00:00Z,100,USD",
        "s-5,2025-01-01T00:00:00Z,100,USD",
        "s-5,2025-02-01T00:00:00Z,100,EUR",
        "s-9,2025-01-01T00:00:00Z,100,USD");
    BulkResult<CsvRow, List<Subscription>> result =
        CsvFiles.readSubscriptions(new StringReader(subscriptions), new StringReader(changes));
    assertEquals(1, result.value().size());
    assertEquals(2, result.value().get(0).revenue().size(), "the changes are put in time order");
    assertEquals(3, result.usedCount(), "one subscription row and its two changes");
    assertEquals(6 + 7, result.givenCount());
    List<String> reasons = new ArrayList<>();
    result.setAside().forEach(s -> reasons.add(s.item().file() + " " + s.reason().message()));
    assertEquals(List.of(
        "subscriptions.csv line 3: Invalid value for endedAt (must not be before startedAt 2025-01-01T00:00:00Z): "
            + "2024-06-01T00:00:00Z",
        "subscriptions.csv line 4: Invalid value for churnReason (only an ended subscription has one): price",
        "subscriptions.csv line 5: Invalid value for revenue (must have a change at startedAt 2025-01-01T00:00:00Z): none",
        "subscriptions.csv line 6: Invalid value for revenue[1] currency (must be USD, currencies are never mixed): EUR",
        "subscriptions.csv line 7: Invalid value for id (each subscription once): \"s-1\"",
        "revenue_changes.csv line 4: Invalid value for subscription_id (its subscription, subscriptions.csv line 3, "
            + "was set aside): \"s-2\"",
        "revenue_changes.csv line 5: Invalid value for subscription_id (its subscription, subscriptions.csv line 4, "
            + "was set aside): \"s-3\"",
        "revenue_changes.csv line 6: Invalid value for subscription_id (its subscription, subscriptions.csv line 6, "
            + "was set aside): \"s-5\"",
        "revenue_changes.csv line 7: Invalid value for subscription_id (its subscription, subscriptions.csv line 6, "
            + "was set aside): \"s-5\"",
        "revenue_changes.csv line 8: Invalid value for subscription_id (not in subscriptions.csv): \"s-9\""), reasons);
    assertEquals(List.of("out-of-order", "invalid", "invalid", "currency-mismatch", "duplicate", "invalid", "invalid",
        "invalid", "invalid", "unknown-subscription"), codes(result));
  }

  @Test
  void aFolderSetsAsideRowsOfUnknownCustomersRepeatedIdsAndBadSurveys() {
    Map<String, String> files = Map.of(
        "customers.csv", "id,plan\nc-1,team\nc-2,starter\nc-1,business\n",
        "purchases.csv", "customer,purchased_at,amount,currency\nc-1,2025-01-01T10:00:00Z,5,USD\n"
            + "c-3,2025-01-01T10:00:00Z,5,USD\n",
        "servqual.csv", "customer,answered_at,dimension,desired,adequate,perceived,importance\n"
            + "c-1,2025-01-01T10:00:00Z,reliability,7,5,6,60\n"
            + "c-1,2025-01-01T10:00:00Z,empathy,7,5,6,40\n"
            + "c-2,2025-01-01T10:00:00Z,reliability,7,5,6,60\n"
            + "c-2,2025-01-01T10:00:00Z,empathy,7,5,6,30\n"
            + "c-2,2025-02-01T10:00:00Z,empathy,7,5,6,50\n"
            + "c-2,2025-02-01T10:00:00Z,empathy,6,5,6,50\n");
    BulkResult<CsvRow, ?> result = CsvFiles.read(name -> Optional.ofNullable(files.get(name)).map(StringReader::new));
    List<String> reasons = new ArrayList<>();
    result.setAside().forEach(s -> reasons.add(s.item().file() + " " + s.reason().message()));
    assertEquals(List.of(
        "customers.csv line 4: Invalid value for id (each customer once): \"c-1\"",
        "purchases.csv line 3: Invalid value for customer (not in customers.csv): \"c-3\"",
        "servqual.csv line 4: Invalid value for importance (the points of a survey sum to 100, the survey of "
            + "c-2 at 2025-01-01T10:00:00Z sums to 90): 60",
        "servqual.csv line 5: Invalid value for importance (the points of a survey sum to 100, the survey of "
            + "c-2 at 2025-01-01T10:00:00Z sums to 90): 30",
        "servqual.csv line 6: Invalid value for dimension (once per survey, the survey of c-2 at 2025-02-01T10:00:00Z "
            + "has one twice): \"empathy\"",
        "servqual.csv line 7: Invalid value for dimension (once per survey, the survey of c-2 at 2025-02-01T10:00:00Z "
            + "has one twice): \"empathy\""), reasons);
    assertEquals(List.of("duplicate", "unknown-customer", "out-of-range", "out-of-range", "duplicate", "duplicate"),
        codes(result));
    assertEquals(3 + 2 + 6, result.givenCount());
    assertEquals(2 + 1 + 2, result.usedCount());
  }

  @Test
  void badAttributeRatingsAreSetAsideAndASurveyNamingAnAttributeTwiceLosesIt() {
    BulkResult<CsvRow, ?> rows = read(CsvFiles.ATTRIBUTE_RATINGS,
        "customer,answered_at,attribute,rating,scale",
        "c-1,2025-01-01T10:00:00Z,ease-of-use,4,1-5",
        "c-1,2025-01-01T10:00:00Z,price-value,,",
        "c-1,2025-01-01T10:00:00Z,reliability,6,",
        "c-1,2025-01-01T10:00:00Z,reliability,9,0-10",
        "c-1,2025-01-01T10:00:00Z,support-speed,four,1-5",
        "c-1,2025-01-01T10:00:00Z,,3,1-5");
    assertEquals(List.of(
        "line 4: Invalid value for rating (valid values 1 - 5): 6",
        "line 6: Invalid value for rating (expected a whole number): \"four\"",
        "line 7: Invalid value for attribute (required, must not be empty): \"\""), reasons(rows));
    assertEquals(List.of("out-of-range", "not-a-number", "missing"), codes(rows));
    assertEquals(3, rows.usedCount());

    Map<String, String> files = Map.of(
        "customers.csv", "id\nc-1\n",
        "attribute_ratings.csv", "customer,answered_at,attribute,rating\n"
            + "c-1,2025-01-01T10:00:00Z,ease-of-use,4\n"
            + "c-1,2025-01-01T10:00:00Z,price-value,2\n"
            + "c-1,2025-01-01T10:00:00Z,ease-of-use,5\n"
            + "c-2,2025-01-01T10:00:00Z,ease-of-use,5\n");
    BulkResult<CsvRow, org.cxkit.examples.sample.SampleData> folder =
        CsvFiles.read(name -> Optional.ofNullable(files.get(name)).map(StringReader::new));
    List<String> reasons = new ArrayList<>();
    folder.setAside().forEach(s -> reasons.add(s.item().file() + " " + s.reason().message()));
    assertEquals(List.of(
        "attribute_ratings.csv line 2: Invalid value for attribute (once per survey, the survey of "
            + "c-1 at 2025-01-01T10:00:00Z has it 2 times): \"ease-of-use\"",
        "attribute_ratings.csv line 4: Invalid value for attribute (once per survey, the survey of "
            + "c-1 at 2025-01-01T10:00:00Z has it 2 times): \"ease-of-use\"",
        "attribute_ratings.csv line 5: Invalid value for customer (not in customers.csv): \"c-2\""), reasons);
    assertEquals(List.of("duplicate", "duplicate", "unknown-customer"), codes(folder));
    assertEquals(1, folder.value().attributeRatings().size());
    assertEquals("price-value", folder.value().attributeRatings().get(0).attribute());
  }

  @Test
  void aBadHeaderNamesTheFileAndTheColumn() {
    CsvHeaderException missing = assertThrows(CsvHeaderException.class,
        () -> read(CsvFiles.PURCHASES, "customer,purchased_at,currency", "c-1,2025-01-01T10:00:00Z,USD"));
    assertEquals("purchases.csv: missing required column \"amount\"", missing.getMessage());
    assertEquals("amount", missing.column());
    assertEquals("purchases.csv", missing.file());

    CsvHeaderException unknown = assertThrows(CsvHeaderException.class,
        () -> read(CsvFiles.PURCHASES, "customer,purchased_at,amount,currency,discount"));
    assertEquals("purchases.csv: unknown column \"discount\" (the columns are customer, purchased_at, amount, currency, "
        + "order_id, channel)", unknown.getMessage());
    assertEquals("discount", unknown.column());

    CsvHeaderException twice = assertThrows(CsvHeaderException.class,
        () -> read(CsvFiles.PURCHASES, "customer,purchased_at,amount,currency,amount"));
    assertEquals("purchases.csv: column \"amount\" appears twice in the header", twice.getMessage());

    CsvHeaderException empty = assertThrows(CsvHeaderException.class,
        () -> CsvFiles.CUSTOMERS.read(new StringReader("")));
    assertTrue(empty.getMessage().startsWith("customers.csv: empty file"), empty.getMessage());

    CsvHeaderException notCsv = assertThrows(CsvHeaderException.class,
        () -> read(CsvFiles.CUSTOMERS, "id", "\"c-1", "c-2"));
    assertTrue(notCsv.getMessage().startsWith("customers.csv: not valid CSV"), notCsv.getMessage());
  }

  @Test
  void columnsMayComeInAnyOrderOptionalOnesMayBeLeftOutAndAByteOrderMarkIsIgnored() {
    BulkResult<CsvRow, ?> result = read(CsvFiles.PURCHASES,
        "\uFEFFcurrency,amount,purchased_at,customer", "USD,12.50,2025-01-01T10:00:00Z,c-1");
    assertEquals(List.of(), result.setAside());
    assertEquals(1, result.usedCount());
  }
}
