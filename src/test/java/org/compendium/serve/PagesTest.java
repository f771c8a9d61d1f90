package org.compendium.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pages as served HTML (no browser): structure, highlights that match the record's spans, inert markup. */
class PagesTest {
  private final ServerFixture f = ServerFixture.get();

  private Document page(String path) {
    HttpResponse<String> r = f.get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
    return Jsoup.parse(r.body());
  }

  @Test
  void everyPageHasTheNavigationAndOnlyTheBundledScript() {
    for (String path : List.of("/", "/search", "/search?q=treaty", "/upload")) {
      Document d = page(path);
      assertNotNull(d.selectFirst("nav a[href=/search]"), path);
      assertNotNull(d.selectFirst("main#main"), path);
      for (Element s : d.select("script")) {
        assertEquals("/static/app.js", s.attr("src"), path + ": inline or foreign script");
      }
    }
  }

  @Test
  void theRecordPageHighlightsEveryFactAtItsSpan() {
    String id = null;
    JsonNode rec = null;
    for (JsonNode hit : f.json(f.get("/api/v1/search?q=President&size=50")).get("hits")) {
      id = hit.get("id").asText();
      rec = f.json(f.get("/api/v1/records/" + id)).get("record");
      if (rec.get("participants").size() > 0) {
        break;
      }
    }
    assertTrue(rec.get("participants").size() > 0, "a sample with participants");
    Document d = page("/records/" + id);
    Element pre = d.selectFirst("pre.record-text");
    assertEquals(rec.get("text").asText(), pre.wholeText(), "the text is shown exactly as printed");
    JsonNode person = rec.get("participants").get(0);
    JsonNode span = person.get("mentions").get(0);
    String expected = rec.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt());
    StringBuilder highlighted = new StringBuilder();
    for (Element seg : pre.select(".f[data-f~=p0]")) {
      highlighted.append(seg.wholeText());
    }
    assertTrue(highlighted.toString().startsWith(expected), highlighted + " vs " + expected);
    assertTrue(pre.select(".f[data-f~=p0]").first().hasClass("k-person"));
    assertNotNull(d.selectFirst("aside.facts a.fact[data-fact=p0][href=#f-p0]"));
    assertNotNull(pre.selectFirst("a.anchor#f-p0"));
  }

  @Test
  void markupInARecordIsShownAsTextNeverAsHtml() {
    String hostile = "Joint Statement <script>window.__pwned=1</script>\nGeneva, 1 June 2010\n"
        + "The parties <img src=x onerror=\"window.__pwned=2\"> agreed <b>zqxhostile</b> to meet again in 2011.\n"
        + "<a href=\"javascript:alert(1)\">link</a>\n";
    HttpResponse<String> up = f.post("/api/v1/records?name=hostile.txt", "text/plain",
        hostile.getBytes(StandardCharsets.UTF_8), f.token);
    assertEquals(201, up.statusCode(), up.body());
    String id = f.json(up).get("records").get(0).get("id").asText();
    Document d = page("/records/" + id);
    assertEquals(1, d.select("script").size(), "only the bundled script");
    assertTrue(d.select("[onerror]").isEmpty());
    assertTrue(d.select("img").isEmpty());
    assertTrue(d.select("a[href^=javascript]").isEmpty());
    assertTrue(d.selectFirst("pre.record-text").wholeText().contains("<script>window.__pwned=1</script>"));
    Document s = page("/search?q=zqxhostile");
    assertTrue(s.select("script").size() == 1 && s.select("[onerror]").isEmpty() && s.select("img").isEmpty());
    assertFalse(s.select("li.hit").isEmpty());
  }

  @Test
  void searchPageFacetsNarrowAndPagesLink() {
    Document d = page("/search?size=5");
    Element facet = d.selectFirst("aside.facets a[data-facet=country]");
    assertNotNull(facet);
    Document narrowed = page(facet.attr("href"));
    assertNotNull(narrowed.selectFirst(".chips .chip"));
    long all = Long.parseLong(d.selectFirst("p.total").text().replaceAll("\\D+", ""));
    long fewer = Long.parseLong(narrowed.selectFirst("p.total").text().replaceAll("\\D+", ""));
    assertTrue(fewer <= all);
    Element next = d.selectFirst("nav.pager a[rel=next]");
    assertNotNull(next);
    assertEquals("6", page(next.attr("href")).selectFirst("ol.hits").attr("start"));
  }

  @Test
  void searchPageDownloadsEveryMatchNotOnlyThisPage() {
    Document d = page("/search?q=President&size=5");
    long total = Long.parseLong(d.selectFirst("p.total").text().replaceAll("\\D+", ""));
    assertTrue(total > 5, "more matches than one page: " + total);
    HttpResponse<String> jsonl = f.get(d.selectFirst("p.downloads a[data-format=jsonl]").attr("href"));
    assertEquals(200, jsonl.statusCode());
    assertEquals(total, jsonl.body().lines().count());
    HttpResponse<String> csv = f.get(d.selectFirst("p.downloads a[data-format=csv]").attr("href"));
    assertEquals(200, csv.statusCode());
    assertEquals(total + 1, csv.body().lines().count(), "a header and a row per record");
    assertNull(page("/search?q=zqxnothinghere").selectFirst("p.downloads"), "nothing to download");
  }

  @Test
  void unknownPagesAreHtml404() {
    HttpResponse<String> r = f.get("/records/nope");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(Jsoup.parse(r.body()).selectFirst("p.error").text().contains("nope"));
  }
}
