package org.cxkit.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cxkit.core.commerce.Subscription;
import org.cxkit.core.feedback.CsatResponse;
import org.cxkit.core.feedback.NpsResponse;
import org.cxkit.core.feedback.SurveyKind;
import org.cxkit.core.result.BulkResult;
import org.cxkit.core.ticket.Ticket;
import org.cxkit.core.touchpoint.Channel;
import org.cxkit.core.touchpoint.Team;
import org.cxkit.examples.csv.CsvFiles;
import org.cxkit.examples.csv.CsvRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample that ships in the resources: it reads with no row set aside, it is exactly what the
 * generator makes with the default parameters, and the planted structure is there, measured by
 * plain counting rather than by the metric modules.
 */
class EmbeddedSampleTest {
  private static SampleData sample;
  private static final SampleCompany.Parameters DEFAULTS = SampleCompany.Parameters.defaults();

  @BeforeAll
  static void load() {
    sample = SampleData.load();
  }

  @Test
  void everyRowOfEveryFileIsUsed() {
    BulkResult<CsvRow, SampleData> read = CsvFiles.read(file -> {
      InputStream in = SampleData.class.getResourceAsStream(file);
      return Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
    });
    assertEquals(List.of(), read.setAside());
    SampleData data = read.value();
    long revenueChanges = data.subscriptions().stream().mapToLong(s -> s.revenue().size()).sum();
    assertEquals(data.customers().size() + data.touchpoints().size() + data.responses().size() + data.tickets().size()
        + data.purchases().size() + data.subscriptions().size() + revenueChanges + data.servqual().size()
        + data.attributeRatings().size(),
        read.givenCount());
    assertEquals(2000, data.customers().size());
  }

  @Test
  void isTheDefaultGeneration() {
    assertEquals(SampleCompany.generate(DEFAULTS), sample,
        "the shipped CSVs are not what the generator makes now: regenerate them with GenerateSample");
  }

  @Test
  void theWeakChannelHasTheLowestNps() {
    Map<Channel, int[]> byChannel = new HashMap<>(); // promoters, detractors, n
    for (NpsResponse r : sample.npsResponses()) {
      if (r.channel().isPresent()) {
        int[] c = byChannel.computeIfAbsent(r.channel().get(), k -> new int[3]);
        c[0] += r.score() >= 9 ? 1 : 0;
        c[1] += r.score() <= 6 ? 1 : 0;
        c[2]++;
      }
    }
    Map<Channel, Double> nps = new TreeMap<>((a, b) -> a.name().compareTo(b.name()));
    byChannel.forEach((channel, c) -> {
      if (c[2] >= 30) {
        nps.put(channel, 100.0 * (c[0] - c[1]) / c[2]);
      }
    });
    System.out.println("NPS by channel (n >= 30): " + nps);
    double weak = nps.get(DEFAULTS.weakChannel());
    nps.forEach((channel, value) -> {
      if (!channel.equals(DEFAULTS.weakChannel())) {
        assertTrue(weak < value - 20, "phone NPS " + weak + " not clearly below " + channel + " " + value);
      }
    });
  }

  @Test
  void theImprovingTeamsCsatRisesFromTheFirstYearToTheSecondAndNoOtherTeamsDoes() {
    Map<Team, int[]> counts = new HashMap<>(); // top-2 in 2024, n in 2024, top-2 in 2025, n in 2025
    for (CsatResponse r : sample.csatResponses()) {
      int year = r.answeredAt().atZone(ZoneOffset.UTC).getYear();
      if (r.team().isPresent() && year >= 2024) {
        int[] c = counts.computeIfAbsent(r.team().get(), k -> new int[4]);
        int at = year == 2024 ? 0 : 2;
        c[at] += r.score() >= 4 ? 1 : 0;
        c[at + 1]++;
      }
    }
    Map<String, String> rise = new TreeMap<>();
    double improving = Double.NaN;
    double othersMax = 0;
    for (Map.Entry<Team, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      double delta = (double) c[2] / c[3] - (double) c[0] / c[1];
      rise.put(e.getKey().name(), String.format("%.3f -> %.3f (n=%d, %d)",
          (double) c[0] / c[1], (double) c[2] / c[3], c[1], c[3]));
      if (e.getKey().equals(DEFAULTS.improvingTeam())) {
        improving = delta;
      } else if (c[1] >= 100) {
        othersMax = Math.max(othersMax, Math.abs(delta));
      }
    }
    System.out.println("CSAT top-2 share by team, 2024 -> 2025: " + rise);
    assertTrue(improving > 0.10, "the improving team rises by " + improving);
    assertTrue(improving > 3 * othersMax, "the improving team rises by " + improving + ", another moves by " + othersMax);
  }

  @Test
  void theRisingChurnReasonsShareRises() {
    Instant firstHalfEnd = Instant.parse("2024-07-01T00:00:00Z");
    Instant lastHalfStart = Instant.parse("2025-07-01T00:00:00Z");
    int[] first = new int[2];
    int[] last = new int[2];
    for (Subscription s : sample.subscriptions()) {
      if (s.endedAt().isPresent() && s.churnReason().isPresent()) {
        Instant ended = s.endedAt().get();
        int[] half = ended.isBefore(firstHalfEnd) ? first : !ended.isBefore(lastHalfStart) ? last : null;
        if (half != null) {
          half[0] += s.churnReason().get().equals(DEFAULTS.risingChurnReason()) ? 1 : 0;
          half[1]++;
        }
      }
    }
    double before = (double) first[0] / first[1];
    double after = (double) last[0] / last[1];
    System.out.printf("price share of churn reasons: 2024H1 %.3f (n=%d), 2025H2 %.3f (n=%d)%n", before, first[1], after,
        last[1]);
    assertTrue(after > before + 0.15, before + " -> " + after);
  }

  @Test
  void theTicketSpikeMonthHasTheMostTicketsOfItsCategory() {
    Map<YearMonth, Integer> byMonth = new TreeMap<>();
    for (Ticket t : sample.tickets()) {
      if (t.category().equals(DEFAULTS.spikeCategory())) {
        byMonth.merge(YearMonth.from(t.openedAt().atZone(ZoneOffset.UTC)), 1, Integer::sum);
      }
    }
    int spike = byMonth.get(DEFAULTS.spikeMonth());
    int otherMax = byMonth.entrySet().stream().filter(e -> !e.getKey().equals(DEFAULTS.spikeMonth()))
        .mapToInt(Map.Entry::getValue).max().orElseThrow();
    System.out.println(DEFAULTS.spikeCategory() + " tickets by month: " + byMonth);
    assertTrue(spike > 2 * otherMax, spike + " vs at most " + otherMax + " in other months");
  }

  @Test
  void relationshipNpsHasNoChannelAndTransactionalNpsHasItsTouchpoint() {
    for (NpsResponse r : sample.npsResponses()) {
      assertEquals(r.survey() == SurveyKind.TRANSACTIONAL, r.touchpointId().isPresent(), r.toString());
      assertEquals(r.survey() == SurveyKind.TRANSACTIONAL, r.channel().isPresent(), r.toString());
    }
    assertTrue(sample.csatResponses().stream().anyMatch(r -> r.team().equals(Optional.of(Team.SUPPORT))));
  }
}
