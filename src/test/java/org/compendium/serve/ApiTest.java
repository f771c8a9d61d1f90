package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The JSON API against a real server on a random port: statuses, shapes, and the OpenAPI document. */
class ApiTest {
  private final ServerFixture f = ServerFixture.get();

  @Test
  void statsCountTheStoredSamples() {
    HttpResponse<String> r = f.get("/api/v1/stats");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode j = f.json(r);
    assertTrue(j.get("records").asLong() >= f.sampleRecords, r.body());
    assertTrue(j.get("commitments").asLong() > 0, r.body());
    assertFalse(j.get("links_deferred").asBoolean(), r.body());
  }

  @Test
  void recordsArePagedAndEachCanBeFetchedWithItsFacts() {
    JsonNode page1 = f.json(f.get("/api/v1/records?page=1&size=5"));
    assertEquals(5, page1.get("records").size());
    assertTrue(page1.get("total").asLong() >= f.sampleRecords);
    JsonNode page2 = f.json(f.get("/api/v1/records?page=2&size=5"));
    assertFalse(page1.get("records").get(0).get("id").asText().equals(page2.get("records").get(0).get("id").asText()));
    String id = page1.get("records").get(0).get("id").asText();
    HttpResponse<String> one = f.get("/api/v1/records/" + id);
    assertEquals(200, one.statusCode());
    JsonNode rec = f.json(one).get("record");
    assertEquals(id, rec.get("id").asText());
    String text = rec.get("text").asText();
    assertFalse(text.isBlank());
    // every participant mention span points into the text
    for (JsonNode p : rec.get("participants")) {
      for (JsonNode m : p.get("mentions")) {
        assertTrue(m.get("end").asInt() <= text.length());
      }
    }
    assertTrue(f.json(one).get("current").asBoolean());
  }

  @Test
  void unknownIdsAndPathsAre404Json() {
    HttpResponse<String> r = f.get("/api/v1/records/no-such-record");
    assertEquals(404, r.statusCode());
    JsonNode j = f.json(r);
    assertEquals(404, j.get("status").asInt());
    assertTrue(j.get("message").asText().contains("no-such-record"));
    HttpResponse<String> p = f.get("/api/v1/nothing-here");
    assertEquals(404, p.statusCode());
    assertEquals(404, f.json(p).get("status").asInt());
  }

  @Test
  void searchFindsEverySampleMentioningAWordWithHighlightsAndFacets() {
    HttpResponse<String> r = f.get("/api/v1/search?q=Krasnoyarsk&size=50");
    assertEquals(200, r.statusCode());
    JsonNode j = f.json(r);
    assertTrue(j.get("total").asLong() > 0);
    assertEquals(j.get("total").asInt(), j.get("hits").size());
    for (JsonNode hit : j.get("hits")) {
      String text = f.json(f.get("/api/v1/records/" + hit.get("id").asText())).get("record").get("text").asText();
      assertTrue(text.toLowerCase(Locale.ROOT).contains("krasnoyarsk"), hit.get("id").asText());
      boolean marked = false;
      for (JsonNode part : hit.get("snippet")) {
        marked |= part.get("match").asBoolean() && part.get("text").asText().equalsIgnoreCase("krasnoyarsk");
      }
      assertTrue(marked, hit.toString());
    }
    assertTrue(j.get("facets").has("country"));
    assertTrue(j.get("facets").get("country").size() > 0);
  }

  @Test
  void facetFiltersNarrowAndPagesSliceTheRanking() {
    JsonNode all = f.json(f.get("/api/v1/search?size=100"));
    JsonNode country = all.get("facets").get("country").get(0);
    String code = country.get("value").asText();
    JsonNode narrowed = f.json(f.get("/api/v1/search?size=100&country=" + code));
    assertEquals(country.get("count").asLong(), narrowed.get("total").asLong());
    assertTrue(narrowed.get("total").asLong() <= all.get("total").asLong());
    for (JsonNode hit : narrowed.get("hits")) {
      JsonNode rec = f.json(f.get("/api/v1/records/" + hit.get("id").asText())).get("record");
      List<String> codes = new ArrayList<>();
      rec.get("countries").forEach(c -> codes.add(c.asText()));
      assertTrue(codes.contains(code), hit.get("id").asText() + " lacks " + code);
    }
    JsonNode four = f.json(f.get("/api/v1/search?q=cooperation&size=4"));
    JsonNode second = f.json(f.get("/api/v1/search?q=cooperation&size=2&page=2"));
    assertEquals(four.get("hits").get(2).get("id"), second.get("hits").get(0).get("id"));
    assertEquals(four.get("hits").get(3).get("id"), second.get("hits").get(1).get("id"));
  }

  @Test
  void badParametersAre400WithAMessage() {
    for (String bad : List.of("/api/v1/search?q=%22unclosed+(", "/api/v1/search?page=0", "/api/v1/search?size=1000",
        "/api/v1/search?from=yesterday", "/api/v1/records?page=x", "/api/v1/search?year=99",
        "/api/v1/export?format=xml", "/api/v1/export?q=%22unclosed+(", "/api/v1/export?format=csv&to=tomorrow")) {
      HttpResponse<String> r = f.get(bad);
      assertEquals(400, r.statusCode(), bad + " -> " + r.body());
      JsonNode j = f.json(r);
      assertEquals(400, j.get("status").asInt());
      assertFalse(j.get("message").asText().isBlank());
      assertFalse(r.body().contains("Exception"), r.body());
    }
  }

  @Test
  void extractPreviewsWithoutStoringAndRefusesWhatItCannotRead() {
    long before = f.json(f.get("/api/v1/stats")).get("records").asLong();
    String text = "Joint Statement\nMoscow, 12 March 2003\nPresident Vladimir Putin and President George W. Bush "
        + "agreed to conclude the treaty by 31 December 2004.\n";
    HttpResponse<String> r = f.post("/api/v1/extract?name=preview.txt", "text/plain; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode rec = f.json(r).get("records").get(0);
    assertTrue(rec.get("text").asText().contains("Vladimir Putin"));
    assertEquals(before, f.json(f.get("/api/v1/stats")).get("records").asLong());

    assertEquals(415, f.post("/api/v1/extract", "image/png", new byte[] {1, 2, 3}, null).statusCode());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    HttpResponse<String> fake = f.post("/api/v1/extract?name=photo.txt", "text/plain", png, null);
    assertEquals(415, fake.statusCode(), fake.body());
    assertTrue(f.json(fake).get("message").asText().contains("photo.txt"));
    assertEquals(400, f.post("/api/v1/extract", "text/plain", new byte[0], null).statusCode());
  }

  @Test
  void exportGivesEveryCurrentRecordAsJsonLinesInIdOrder() {
    HttpResponse<String> r = f.get("/api/v1/export?format=jsonl");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    long records = f.json(f.get("/api/v1/stats")).get("records").asLong();
    List<String> ids = new ArrayList<>();
    for (String line : r.body().split("\n")) {
      JsonNode rec = f.json(line);
      ids.add(rec.get("id").asText());
      assertEquals(rec, f.json(f.get("/api/v1/records/" + rec.get("id").asText())).get("record"));
    }
    assertEquals(records, ids.size());
    assertEquals(new ArrayList<>(new java.util.TreeSet<>(ids)), ids, "id order, each record once");
    assertEquals(r.body(), f.get("/api/v1/export").body(), "jsonl is the default");
    assertEquals(r.body(), f.get("/api/v1/export?format=JSONL").body(), "the format in any case");

    long matching = f.json(f.get("/api/v1/search?q=Krasnoyarsk")).get("total").asLong();
    assertTrue(matching > 0 && matching < records, "a query that selects some records: " + matching);
    List<String> some = new ArrayList<>();
    for (String line : f.get("/api/v1/export?format=jsonl&q=Krasnoyarsk").body().split("\n")) {
      JsonNode rec = f.json(line);
      assertTrue(rec.get("text").asText().toLowerCase(Locale.ROOT).contains("krasnoyarsk"), line);
      some.add(rec.get("id").asText());
    }
    assertEquals(matching, some.size());
    assertEquals(new ArrayList<>(new java.util.TreeSet<>(some)), some);
    assertEquals("", f.get("/api/v1/export?q=nosuchwordanywhere").body(), "no match: no line");
  }

  @Test
  void exportGivesCsvWithAHeaderAndOneRowPerSelectedRecord() {
    HttpResponse<String> r = f.get("/api/v1/export?format=csv&q=Krasnoyarsk");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("compendium.csv"));
    List<String> lines = r.body().lines().toList();
    assertEquals(String.join(",", org.compendium.query.RecordExport.CSV_COLUMNS), lines.get(0));
    List<String> jsonIds = f.get("/api/v1/export?q=Krasnoyarsk").body().lines()
        .map(l -> f.json(l).get("id").asText()).toList();
    // ids hold no comma or quote, so the first field of each row is the id as it is
    assertEquals(jsonIds, lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList());
  }

  @Test
  void openApiDocumentIsValidAndEveryDocumentedReadAnswers() {
    HttpResponse<String> r = f.get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
    assertNotNull(parsed.getOpenAPI(), String.valueOf(parsed.getMessages()));
    assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
    JsonNode doc = f.json(r);
    Iterator<String> paths = doc.get("paths").fieldNames();
    int checked = 0;
    while (paths.hasNext()) {
      String path = paths.next();
      if (doc.get("paths").get(path).has("get") && !path.contains("{")) {
        HttpResponse<String> answer = f.get(path);
        assertEquals(200, answer.statusCode(), path + " -> " + answer.body());
        checked++;
      }
    }
    assertTrue(checked >= 4, "documented GET paths checked: " + checked);
  }

  @Test
  void peopleAreOnePersonAcrossRecordsWithStatementsInDateOrder() {
    JsonNode people = f.json(f.get("/api/v1/people")).get("people");
    assertTrue(people.size() > 0);
    JsonNode top = people.get(0);
    JsonNode profile = f.json(f.get("/api/v1/people/" + top.get("id").asText()));
    assertEquals(top.get("records").asInt(), profile.get("records").size());
    String last = "";
    for (JsonNode s : profile.get("statements")) {
      String date = s.get("date").isNull() ? "9999" : s.get("date").asText();
      assertTrue(date.compareTo(last) >= 0, "statements out of date order");
      last = date;
    }
    JsonNode byName = f.json(f.get("/api/v1/people?name=" + top.get("name").asText().replace(" ", "%20")));
    assertEquals(top.get("id"), byName.get("people").get(0).get("id"));
    assertEquals(404, f.get("/api/v1/people/nobody-at-all").statusCode());
  }

  @Test
  void theTokyoDeclarationHasItsCitationHistoryAndGraph() {
    JsonNode found = f.json(f.get("/api/v1/instruments?name=Tokyo%20Declaration")).get("instruments");
    assertTrue(found.size() >= 1, "Tokyo Declaration not found");
    String id = found.get(0).get("id").asText();
    JsonNode j = f.json(f.get("/api/v1/instruments/" + id));
    JsonNode history = j.get("instrument").get("history");
    assertTrue(history.size() >= 2, history.toString());
    String last = "";
    for (JsonNode c : history) {
      if (!c.get("date").isNull()) {
        assertTrue(c.get("date").asText().compareTo(last) >= 0, "history out of date order");
        last = c.get("date").asText();
      }
    }
    JsonNode graph = j.get("graph");
    boolean focus = false;
    for (JsonNode n : graph.get("nodes")) {
      focus |= n.get("id").asText().equals(id) && n.get("type").asText().equals("instrument");
    }
    assertTrue(focus, "the instrument is a node of its graph");
    assertTrue(graph.get("edges").size() >= history.size());
    assertEquals(404, f.get("/api/v1/instruments/no-such-instrument").statusCode());
  }

  @Test
  void commitmentsHaveAStatusAsOfADayAndFilter() {
    JsonNode all = f.json(f.get("/api/v1/commitments?as_of=2001-01-01&size=1000"));
    assertEquals("2001-01-01", all.get("asOf").asText());
    JsonNode rows = all.get("commitments");
    assertTrue(rows.size() > 0);
    int overdue = 0;
    for (JsonNode c : rows) {
      if (!c.get("due").isNull() && c.get("due").asText().compareTo("2000-12-31") <= 0
          && c.get("basis").asText().equals("due")) {
        assertEquals("overdue", c.get("status").asText(), c.toString());
      }
      overdue += c.get("status").asText().equals("overdue") ? 1 : 0;
    }
    JsonNode only = f.json(f.get("/api/v1/commitments?as_of=2001-01-01&status=overdue&size=1000")).get("commitments");
    assertEquals(overdue, only.size());
    JsonNode jpn = f.json(f.get("/api/v1/commitments?as_of=2001-01-01&party=Japan&size=1000")).get("commitments");
    for (JsonNode c : jpn) {
      List<String> parties = new ArrayList<>();
      c.get("parties").forEach(p -> parties.add(p.asText()));
      assertTrue(parties.contains("JPN"), c.toString());
    }
    assertEquals(400, f.get("/api/v1/commitments?status=forgotten").statusCode());
    assertEquals(400, f.get("/api/v1/commitments?as_of=2001-02-31").statusCode());
  }

  @Test
  void theTimelineIsInDateOrderAndFilters() {
    JsonNode entries = f.json(f.get("/api/v1/timeline")).get("entries");
    assertTrue(entries.size() >= f.sampleRecords);
    String last = "";
    boolean undated = false;
    for (JsonNode e : entries) {
      if (e.get("date").isNull()) {
        undated = true;
      } else {
        assertFalse(undated, "a dated entry after an undated one");
        assertTrue(e.get("date").asText().compareTo(last) >= 0);
        last = e.get("date").asText();
      }
    }
    JsonNode some = f.json(f.get("/api/v1/timeline?country=JPN")).get("entries");
    assertTrue(some.size() > 0 && some.size() < entries.size());
    String year = entries.get(0).get("date").asText().substring(0, 4);
    JsonNode ofYear = f.json(f.get("/api/v1/timeline?year=" + year)).get("entries");
    assertTrue(ofYear.size() > 0 && ofYear.size() < entries.size(), "the year filters, as on search: " + ofYear.size());
    for (JsonNode e : ofYear) {
      assertTrue(e.get("date").asText().startsWith(year), e.toString());
    }
  }
}
